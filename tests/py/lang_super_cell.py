# zero-argument super() and the __class__ cell, including nested functions
class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make " + cls.__name__
class Child(Base):
    def greet(self):
        return "Child+" + super().greet()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def lam(self):
        return (lambda: super(Child, self).greet())()
    def via_comprehension(self):
        return [super().greet() for _ in range(1)]
    @classmethod
    def make(cls):
        return "Child " + super().make()
    def which_class(self):
        return __class__
c = Child()
print(c.greet(), c.nested(), c.lam(), Child.make())
try:
    c.via_comprehension()
except TypeError as e:
    print(type(e).__name__, e)
print(c.which_class() is Child)
class GrandChild(Child):
    pass
print(GrandChild().greet(), GrandChild().which_class().__name__, GrandChild.make())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
def outside(self):
    return super().greet()
Child.outside = outside
try:
    c.outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class Static:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return type(e).__name__ + ": " + str(e)
print(Static.s())
print(super(Child, c).greet(), super(Child, Child).make())
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c)
class InitChain(Base):
    def __init__(self):
        super().__init__()
        self.ok = True
print(InitChain().ok)
class Prop(Base):
    @property
    def p(self):
        return super().greet()
print(Prop().p)
class Gen(Base):
    def g(self):
        yield super().greet()
print(list(Gen().g()))
