import operator as op
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return "Vec(%s)" % ", ".join(map(str, self.c))
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o): return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return Vec(*[-a for a in self.c])
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __delitem__(self, i): del self.c[i]
    def __len__(self): return len(self.c)
    def __contains__(self, x): return x in self.c
    def __index__(self): return len(self.c)
    def __bool__(self): return any(self.c)
v, w = Vec(1, 2), Vec(3, 4)
print(op.add(v, w), op.sub(v, w), op.mul(v, 3), op.mul(2, v), op.matmul(v, w), op.neg(v), op.abs(w), op.eq(v, Vec(1, 2)), op.ne(v, w))
print(op.getitem(v, 0), op.contains(v, 2), op.index(v), op.truth(Vec(0)), op.not_(Vec(0, 1)), op.length_hint(v), op.countOf(v, 1), op.indexOf(v, 2))
op.setitem(v, 0, 10); op.delitem(v, 1); print(v)
class Acc:
    def __init__(self, n): self.n = n
    def __iadd__(self, o): self.n += o; return self
    def __add__(self, o): return Acc(self.n + o + 1000)
    def __repr__(self): return f"Acc({self.n})"
a = Acc(1); b = op.iadd(a, 5); print(a, b, a is b)
class NoI:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoI(self.n + o)
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return NoI(self.n * o)
    def __repr__(self): return f"NoI({self.n})"
x = NoI(2); y = op.iadd(x, 3); z = op.imul(x, 4); print(x, y, z, x is y)
t = (1, 2); t2 = op.iadd(t, (3,)); print(t, t2)
s = "ab"; print(op.iconcat(s, "c"), op.imatmul(v, v) if hasattr(op, "imatmul") else "")
print(sorted([Vec(3), Vec(1, 1), Vec(2)], key=op.itemgetter(0)), list(map(op.methodcaller("__len__"), [Vec(1), Vec(1, 2)])))
g = op.attrgetter("c"); print(g(v), op.attrgetter("real", "imag")(3), op.itemgetter(0, 0)([5]))
class Named:
    pass
n = Named(); n.a = Named(); n.a.b = Named(); n.a.b.c = "deep"
print(op.attrgetter("a.b.c")(n), op.attrgetter("a.b.c", "a.b.c")(n))
for bad in [lambda: op.iadd(Vec(1), 5), lambda: op.lt(Vec(1), Vec(2)), lambda: op.neg("s"), lambda: op.invert(1.5), lambda: op.index(Named()),
            lambda: op.getitem(5, 0), lambda: op.setitem((1,), 0, 2), lambda: op.delitem("s", 0), lambda: op.contains(5, 1), lambda: op.countOf(5, 1), lambda: op.indexOf(None, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
