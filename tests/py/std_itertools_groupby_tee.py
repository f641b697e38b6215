import itertools as it

print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], list(it.groupby([])))
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, grp in it.groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in grp])
groups = [(k, g) for k, g in it.groupby('aabbb')]
print([(k, list(g)) for k, g in groups])
g = it.groupby('xxyy')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g2), list(g1))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({k: list(v) for k, v in it.groupby(words, key=len)})
print({k: len(list(v)) for k, v in it.groupby(sorted('mississippi'))})
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
a, b, c = it.tee(iter('abcd'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee('x', 0), len(it.tee('xy', 5)))
x, y = it.tee(it.count())
print([next(x) for _ in range(3)], [next(y) for _ in range(5)], next(x))
try:
    it.tee('a', -1)
except ValueError as e:
    print('ValueError', e)
