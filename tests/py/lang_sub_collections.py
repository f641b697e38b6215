# subclassing collections types: namedtuple with slots/properties, defaultdict __missing__, Counter, OrderedDict
from collections import namedtuple, OrderedDict, defaultdict, Counter
Point = namedtuple("Point", "x y", defaults=[0])
class P3(Point):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return f"({self.x}, {self.y})"
p = P3(3, 4)
print(p, repr(p), p.norm, p._replace(x=0), p._asdict(), P3._fields, P3(1))
print(isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)), p[0], len(p))
x, y = p
print(x, y, type(p._replace(y=1)).__name__)
class DD(defaultdict):
    def __missing__(self, k):
        v = super().__missing__(k)
        print("missing", k)
        return v
d = DD(list)
d["a"].append(1)
print(dict(d))
class Tally(Counter):
    def top(self):
        return self.most_common(1)[0]
t = Tally("abracadabra")
print(t.top(), type(t + Tally("a")).__name__)
class LastUpdated(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
lu = LastUpdated(a=1, b=2)
lu["a"] = 3
print(list(lu), lu)
