from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, Point.__name__, Point._field_defaults, isinstance(p, tuple))
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(iter('ab')))
print(Point(y=4, x=3), Point(7, y=8), repr(Point('a', [1])))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(9), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
P4 = namedtuple('P4', 'a, b,c')
print(P4._fields, P4(1, 2, 3))
R = namedtuple('R', ['abc', 'def', 'abc', '_x', '2'], rename=True)
print(R._fields)
One = namedtuple('One', 'v')
print(One(1), One._make([2]), One.__doc__, Point.__doc__)
Empty = namedtuple('Empty', [])
print(Empty(), Empty._fields, len(Empty()))
print(Point.x.__doc__, p.count(1), p.index(2), p + (3,), p * 2)
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
print({Point(1, 2): 'a'}[(1, 2)])

class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point._make([1]), lambda: p._replace(z=3),
            lambda: namedtuple('P', 'a a'), lambda: namedtuple('P', 'a _b'),
            lambda: namedtuple('P', 'a def'), lambda: namedtuple('1P', 'a'),
            lambda: namedtuple('P', 'a b', defaults=[1, 2, 3]), lambda: setattr(p, 'x', 5),
            lambda: namedtuple('P', 'a-b')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
