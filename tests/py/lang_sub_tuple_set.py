# subclassing tuple, set and frozenset
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return "Pair%s" % tuple.__repr__(self)
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p[:1]).__name__)
a, b = p
print(a, b, p + (3,), type(p + (3,)).__name__, isinstance(p, tuple))
class Tagged(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
t = Tagged([1])
print(sorted(t.add_all(2, 3)), type(t).__name__, type(t | {9}).__name__, len(t))
class FS(frozenset):
    pass
f = FS([1, 2])
print(sorted(f), type(f).__name__, {f: 1}[frozenset([1, 2])], f == frozenset([2, 1]))
class TT(tuple):
    pass
print(TT(), TT([1, 2]), TT("ab"), repr(TT((1,))))
class Named(tuple):
    _fields = ("x", "y")
    def __getattr__(self, n):
        if n in self._fields:
            return self[self._fields.index(n)]
        raise AttributeError(n)
n = Named((5, 6))
print(n.x, n.y, n)
