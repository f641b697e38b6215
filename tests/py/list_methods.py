l = [3, 1, 4]
l.append(1); l.extend([5, 9]); l.insert(0, 2); l.insert(-1, 6); l.insert(100, 'end')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(4), l.count(1), l.count(42))
c = l.copy()
l.reverse()
print(l, c)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.clear()
print(l, len(c))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
