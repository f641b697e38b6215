d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(len(k), 'a' in k, 2 in v, ('c', 3) in i, ('c', 4) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(sorted(k - {'a'}), sorted(k & {'a', 'z'}), sorted(k | {'z'}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k)
print(v)
print(i)
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
