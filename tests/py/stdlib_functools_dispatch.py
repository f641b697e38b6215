from functools import singledispatch, cached_property, partialmethod
@singledispatch
def show(x):
    return "obj:" + repr(x)
@show.register(int)
def _(x: int):
    return "int:" + str(x)
@show.register(list)
def _(x):
    return "list:" + str(len(x))
def for_str(x):
    return "str:" + x
show.register(str, for_str)
class MyInt(int): pass
print(show(1), show(True), show(MyInt(5)), show([1, 2]), show("s"), show(2.5), show(None))
print(show.dispatch(int) is show.dispatch(bool), show.dispatch(float).__name__, sorted(t.__name__ for t in show.registry))
class A: pass
class B(A): pass
@singledispatch
def kind(o): return "base"
@kind.register(A)
def _(o): return "A"
print(kind(A()), kind(B()), kind(1))
class Circle:
    def __init__(self, r):
        self.r = r
        self.n = 0
    @cached_property
    def area(self):
        self.n += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.n, "area" in c.__dict__)
del c.area
print(c.area, c.n)
c.area = 99; print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname if hasattr(Circle.area, "attrname") else "")
class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    on = partialmethod(set_state, True)
    off = partialmethod(set_state, False)
x = Cell(); x.on(); print(x.state); x.off(); print(x.state)
