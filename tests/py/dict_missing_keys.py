d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError:', e, e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
print(d.get('b', d.get('a')))
print(d.setdefault('b', 2), d)
