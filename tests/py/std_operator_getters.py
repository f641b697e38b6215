from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}), repr(g))
g2 = itemgetter(0, 2)
print(g2('abc'), repr(g2), repr(itemgetter('k', slice(1, 2))))
print(itemgetter(slice(1, None))([1, 2, 3]))
rows = [('bob', 30), ('alice', 25), ('carol', 35)]
print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return '%s, %s%s' % (greeting, self.name, punct)

p = P('ann', P('ben'))
a = attrgetter('name')
print(a(p), repr(a))
print(attrgetter('inner.name')(p), repr(attrgetter('inner.name')))
print(attrgetter('name', 'inner.name')(p), repr(attrgetter('name', 'inner.name')))
print(sorted([P('z'), P('b'), P('m')], key=attrgetter('name'))[0].name)
m = methodcaller('greet', 'hi')
print(m(p), repr(m))
m2 = methodcaller('greet', 'yo', punct='?')
print(m2(p), repr(m2))
print(methodcaller('upper')('abc'), repr(methodcaller('split', ',', maxsplit=1)))
print(list(map(methodcaller('strip'), [' a ', 'b  '])))
for bad in [lambda: itemgetter(5)([1]), lambda: itemgetter('x')({}), lambda: attrgetter('nope')(p),
            lambda: attrgetter(1), lambda: methodcaller(3), lambda: methodcaller('nope')(p),
            lambda: attrgetter('inner.nope')(p)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
