l = [1, 2, 3]
print(l + [4], l * 2, 2 * l, l * 0, [] * 5, l == [1, 2, 3], l != [1, 2], l < [1, 2, 4], l <= l, l > [1, 2], [1, [2, 3]] < [1, [2, 4]], l[::-1], l[-1], l[1:], l[:1])
m = l
m += [4]
m *= 2
print(l, m is l, len(l), sum(l), min(l), max(l), l.count(1), l.index(4), l.index(4, 4), 4 in l, 5 not in l)
print(list(map(str, l)), [x for x in l if x % 2], list(zip(l, "abc")), list(enumerate(l[:2])), l.copy() == l, l.copy() is l)
x = [[0] * 2] * 2
x[0][0] = 1
print(x, [[0] * 2 for _ in range(2)], [None] * 3, [[]] * 2)
print(list.__add__([1], [2]), list.__mul__([1], 2), list.__contains__([1], 1), list.__len__([1, 2]), list.__iadd__([1], (2,)), list.__getitem__([5, 6], -1))
print(repr([]), str([1, "a", None, 1.5, (1,), {}]), [1, 2].__repr__(), [1] == (1,), [1] != (1,))
for f in [lambda: l + (1,), lambda: l * [], lambda: l < "a", lambda: l[10], lambda: l["x"], lambda: l.index(9), lambda: l.remove(9), lambda: [].pop(), lambda: l.pop(100)]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
