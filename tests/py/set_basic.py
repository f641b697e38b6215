s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s), 3 in s, 9 in s)
s.remove(4)
s.discard(42)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
print(set(), set([1, 1, 2]), {0, 1, 2, 3})
print({5, 1, 3})
e = set('aab')
print(len(e), 'a' in e)
c = s.copy()
c.add(100)
print(len(s), len(c))
s.clear()
print(s)
