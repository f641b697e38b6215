d = {1: 'int', 1.5: 'float', 'one': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset([1]): 'fs'}
print(d)
print(d[1], d[1.0], d[True], d[(1, 2)], d[None])
try:
    d[[1, 2]] = 'list'
except TypeError as e:
    print('TypeError:', e)
try:
    d[{}]
except TypeError as e:
    print('TypeError:', e)
m = {}
m[0] = 'zero'
m[0.0] = 'float zero'
m[False] = 'false'
print(m)
