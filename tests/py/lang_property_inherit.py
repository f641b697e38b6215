# properties across inheritance: overriding, extending with setter, abstract-like
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class AddSetter(Base):
    @Base.v.setter
    def v(self, x):
        self._v = x * 10
a = AddSetter()
a.v = 2
print(a.v, Base.v is not AddSetter.v, AddSetter.v.fget is Base.v.fget)
class Override(Base):
    @property
    def v(self):
        return "override:" + str(super().v)
print(Override().v)
try:
    Override().v = 5
except AttributeError as e:
    print(type(e).__name__, e)
class ShadowWithAttr(Base):
    v = "plain class attribute"
print(ShadowWithAttr().v)
class NotImpl:
    @property
    def area(self):
        raise NotImplementedError("subclass must implement")
class Square(NotImpl):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
print(Square(3).area)
try:
    NotImpl().area
except NotImplementedError as e:
    print(type(e).__name__, e)
class Counter:
    _count = 0
    @property
    def count(self):
        type(self)._count += 1
        return self._count
c = Counter()
print(c.count, c.count, Counter._count)
p = property(lambda self: 42)
class Late:
    pass
Late.answer = p
print(Late().answer)
print(property.__name__, isinstance(p, property), hasattr(p, "__get__"), hasattr(p, "__set__"))
class SelfRef:
    @property
    def me(self):
        return self
s = SelfRef()
print(s.me is s)
