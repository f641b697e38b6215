import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.deepcopy(3.5), copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
print(copy.copy(len) is len, copy.deepcopy(copy.copy) is copy.copy, copy.copy(int) is int)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append(7)
print(p, p2, p3, type(p3).__name__, p2.x is p.x, p3.x is p.x)

shared = [0]
pair = [shared, shared]
dc = copy.deepcopy(pair)
print(dc, dc[0] is dc[1], dc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0], len(rc))
dd = {'a': [1], 'b': None}
dd['self'] = dd
cd = copy.deepcopy(dd)
print(cd['self'] is cd, cd['a'] is dd['a'])
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, memo[id(x)] is y[0])
