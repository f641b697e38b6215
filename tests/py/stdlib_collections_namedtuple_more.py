from collections import namedtuple
P = namedtuple("P", "x y z", defaults=[0, 1])
print(P(5), P(1, 2, 3), P._field_defaults, P._fields, P.__name__)
R = namedtuple("R", ["def", "ok", "_x", "ok", "9a"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
Q = namedtuple("Q", "a, b  c")
q = Q(1, b=2, c=3)
print(q, q._asdict(), q._replace(a=10), Q._make([7, 8, 9]), q.a, q[1], q[-1], len(q))
print(q == (1, 2, 3), q[:2], list(q), hash(q) == hash((1, 2, 3)), q.index(2), q.count(3))
a, b, c = q
print(a, b, c, tuple(q), repr(q))
print(isinstance(q, tuple), type(q).__name__, Q.__doc__)
for bad in [lambda: Q(1, 2), lambda: Q(1, 2, 3, 4), lambda: Q(1, 2, 3, d=4), lambda: q._replace(zz=1),
            lambda: Q._make([1]), lambda: namedtuple("X", "a a"), lambda: namedtuple("X", "a def"),
            lambda: namedtuple("X", "_a"), lambda: namedtuple("1X", "a"), lambda: namedtuple("X", "a", defaults=[1, 2]),
            lambda: setattr(q, "a", 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Pt(3, -4)
print(p.norm(), str(p), repr(p), p._replace(x=0), Pt._make((1, 1)).norm())
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
M = namedtuple("M", "a b", module="mymod")
print(M.__module__)
S = namedtuple("S", "x y")
print(sorted([S(2, 1), S(1, 5), S(1, 2)]), S(1, 2) < S(1, 3), dict(S(1, 2)._asdict()))
print(S(x=1, y=[2])._replace(y=3), S.x.__doc__, S.__new__.__doc__)
