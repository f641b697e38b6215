it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'), next(it, None))
s = iter('ab')
print(list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
r = iter(range(3))
print(sum(r))
try:
    next(iter([]))
except StopIteration:
    print('StopIteration')
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
