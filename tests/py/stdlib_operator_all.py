import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.inv(5), op.lshift(1, 10), op.rshift(1024, 3), op.not_(0), op.truth([]), op.matmul.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([1, 2, 3], 1), op.getitem("abcdef", slice(1, 4)))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.index(5), op.index(True), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 7), op.length_hint(x for x in []))
class H:
    def __length_hint__(self): return 4
print(op.length_hint(H()))
x = [1]; y = op.iadd(x, [2]); print(x, y is x)
print(op.isub(5, 2), op.imul(3, 4), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(16, 2))
print(op.iand(7, 2), op.ior(4, 1), op.ixor(5, 1), op.iconcat([1], (2,)), op.iconcat("a", "b"))
s = {1}; op.ior(s, {2}); print(s)
g = op.itemgetter(1); print(g("abc"), g([5, 6]), repr(g))
g2 = op.itemgetter(0, -1); print(g2("hello"), g2([1, 2, 3]), repr(g2))
g3 = op.itemgetter("k"); print(g3({"k": 7}), op.itemgetter(slice(2))("abcd"))
class P:
    def __init__(self): self.name = "n"; self.child = None
    def greet(self, who, punct="!"): return f"hi {who}{punct}"
p = P(); p.child = P(); p.child.name = "inner"
a1 = op.attrgetter("name"); a2 = op.attrgetter("child.name", "name")
print(a1(p), a2(p), repr(a1), repr(a2))
m = op.methodcaller("greet", "bob", punct="?"); print(m(p), repr(m))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"), sorted(["bb", "a", "ccc"], key=op.methodcaller("__len__")))
for bad in [lambda: op.index(1.5), lambda: op.index("a"), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.attrgetter("nope")(p),
            lambda: op.methodcaller(), lambda: op.itemgetter(5)([1]), lambda: op.add(1, "a"), lambda: op.concat(1, 2), lambda: op.length_hint(5, "x"),
            lambda: op.indexOf([1], 9), lambda: op.truediv(1, 0), lambda: op.attrgetter("child.nope")(p)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(op.__lt__(1, 2), op.__add__(2, 3), op.__getitem__([4], 0), op.__not__(1), op.__index__(3))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0)), list(map(op.attrgetter("real"), [1, 2.5])))
