d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
del d['a']
d['a'] = 'back'
print(d)
print(d.pop('c'), d.pop('missing', 'dflt'), d)
print(d.setdefault('x', []), d.setdefault('b', 'ignored'), d)
d.update({'y': 1}, z=2)
d.update([('w', 0)])
print(d)
print(d.popitem(), d)
e = d.copy()
e['new'] = 1
print(len(d), len(e))
d.clear()
print(d, dict.fromkeys('abc', 0), dict.fromkeys([1, 2]))
try:
    {}.popitem()
except KeyError as ex:
    print('KeyError:', ex)
