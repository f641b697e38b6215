from functools import singledispatchmethod, recursive_repr, singledispatch
class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a " + type(arg).__name__)
    @neg.register(int)
    def _(self, arg):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
    @neg.register(list)
    def _(self, arg):
        return [self.neg(a) for a in arg]
n = Negator()
print(n.neg(5), n.neg(True), n.neg([1, False, 3]), Negator.neg.__name__)
try:
    n.neg("s")
except NotImplementedError as e:
    print("NotImplementedError", e)
class Fmt:
    @singledispatchmethod
    @classmethod
    def show(cls, arg):
        return f"{cls.__name__}:obj"
    @show.register(float)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__}:float {arg:.1f}"
print(Fmt.show(1), Fmt.show(2.25), Fmt().show(None))
class Tree:
    def __init__(self, v): self.v = v; self.kids = []
    @recursive_repr()
    def __repr__(self):
        return f"Tree({self.v}, {self.kids})"
t = Tree(1); t.kids.append(Tree(2)); t.kids.append(t)
print(repr(t), Tree.__repr__.__name__)
class Other:
    @recursive_repr("<loop>")
    def __repr__(self):
        return "O[" + repr(self.me) + "]"
o = Other(); o.me = [o]; print(repr(o))
@singledispatch
def describe(x):
    return "thing"
describe.register(int, lambda x: "int %d" % x)
@describe.register(tuple)
@describe.register(list)
def _(x):
    return "seq of %d" % len(x)
print(describe(3), describe([1, 2]), describe((1,)), describe({}), describe.dispatch(list) is describe.dispatch(tuple))
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
@singledispatch
def level(x): return "object"
@level.register(Base)
def _(x): return "Base"
@level.register(Mid)
def _(x): return "Mid"
print(level(Leaf()), level(Base()), level(1), len(level.registry))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
@singledispatch
def ann(x):
    return "default"
@ann.register
def _(x: int):
    return "int:" + str(x)
@ann.register
def _(x: str, extra=1):
    return "str:" + x
print(ann(1), ann("s"), ann(2.5), ann(True))
try:
    ann.register(lambda x: x)
except TypeError as e:
    print("TypeError", str(e).split(" at 0x")[0][:60])
class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "?"
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3), Shape().area("x"))
