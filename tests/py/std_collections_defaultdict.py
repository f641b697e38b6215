from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], dict(d), len(d), 'c' in d, d['c'], 'c' in d)
print(repr(defaultdict(int)), repr(defaultdict()), defaultdict(None, {1: 2}))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory, isinstance(c, dict))
print(c.get('z'), 'z' in c)
s = defaultdict(set, {1: {2}})
s[3].add(4)
print(s)
n = defaultdict(lambda: 'dflt', a='x')
print(n['a'], n['b'], sorted(n.items()))
cp = c.copy()
print(type(cp).__name__, cp == c, cp is c, cp.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
nd = defaultdict(None)
try:
    nd['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
x = defaultdict(int, {'a': 1}) | {'b': 2}
print(x)
d.default_factory = str
print(repr(d['new']), d)
