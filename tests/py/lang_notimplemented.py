# NotImplemented fallback order and subclass-on-the-right priority
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A-radd"
class B:
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B-radd"
print(A() + B())
print(B() + A())
class Base:
    def __mul__(self, o):
        return "Base.mul"
    def __rmul__(self, o):
        return "Base.rmul"
class Derived(Base):
    def __rmul__(self, o):
        return "Derived.rmul"
print(Base() * Derived())
print(Derived() * Base())
class SameRight(Base):
    pass
print(Base() * SameRight())
class Never:
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return NotImplemented
try:
    Never() - Never()
except TypeError as e:
    print(type(e).__name__, e)
class IOnly:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to add"
x = IOnly()
x += 1
print(x)
class IntLike:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return IntLike(o + self.v)
    def __repr__(self):
        return "IntLike(%d)" % self.v
print(1 + IntLike(2), sum([IntLike(1)], 0))
class Sub(int):
    def __radd__(self, o):
        return "Sub.radd"
    def __add__(self, o):
        return "Sub.add"
print(1 + Sub(2), Sub(2) + 1)
class Pw:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o):
        return ("rpow", o)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw())
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__)
