a = {'x': [1, 2], 'y': 2}
b = {'y': 2, 'x': [1, 2]}
print(a == b, a != b, list(a) == list(b))
c = a.copy()
c['x'].append(3)
print(a['x'])
c['y'] = 99
print(a['y'], c['y'])
d = dict(a)
print(d == a, d is a)
print(dict(a, z=1) == {'x': [1, 2, 3], 'y': 2, 'z': 1})
print({} == {}, {1: 1} == {1: 1.0}, {1: 2} == {2: 1})
