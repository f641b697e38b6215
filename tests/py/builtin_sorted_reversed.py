print(sorted([3, 1, 2]), sorted('cab'), sorted((2, 1)), sorted({3: 'x', 1: 'y'}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'a'], key=str.lower))
print(sorted([]), sorted(range(5, 0, -1)))
l = [5, 4]
s = sorted(l)
print(l, s, s is l)
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
