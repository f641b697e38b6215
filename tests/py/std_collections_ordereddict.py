from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]), OrderedDict(x=1, y=2), OrderedDict({'k': 'v'}))
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict.fromkeys('abc', 0), a.copy(), list(reversed(a)))
print(a.setdefault('z', 9), a.setdefault('x', 0), a)
print(a.pop('z'), a, a.get('x'), len(a), isinstance(a, dict))
a.update([('w', 5)], q=6)
print(a)
print(a | {'n': 1})
for bad in [lambda: OrderedDict().popitem(), lambda: od.move_to_end('zz'), lambda: hash(od)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
