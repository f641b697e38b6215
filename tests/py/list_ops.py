a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 0, len(a + b))
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 3])
print(3 in a, 9 in a, a[-1], a[::-1])
c = a
c.append(4)
print(a is c, a)
d = a[:]
d.append(5)
print(a, d)
print(list(reversed(a)), sorted(a, reverse=True))
print(min(a), max(a), sum(a))
e = [[]] * 2
e[0].append('shared')
print(e)
print([1, [2, [3, [4]]]])
r = [1, 2]
r.append(r)
print(r)
