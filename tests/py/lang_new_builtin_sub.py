# user __new__ on subclasses of built-in types, inherited by further subclasses
from collections import namedtuple

class P(namedtuple("P", "x y")):
    pass
p = P(1, 2)
print(p, p.x, p.y, type(p).__name__)

class P2(namedtuple("P2", "a b")):
    __slots__ = ()
    def total(self):
        return self.a + self.b
print(P2(3, 4).total(), P2(a=1, b=5))

class A(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b, a + b))
class B(A):
    pass
class C(B):
    def extra(self):
        return sum(self)
print(A(1, 2), B(3, 4), C(5, 6).extra(), type(B(1, 1)).__name__)

class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
class Shouty(UpperStr):
    def shout(self):
        return self + "!"
print(UpperStr("abc"), Shouty("hey").shout(), isinstance(Shouty("x"), str))

class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
class Small(PosInt):
    pass
print(Small(5) + 1, type(Small(5)).__name__)
try:
    Small(-1)
except ValueError as e:
    print(type(e).__name__, e)

class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
class Frozen2(Frozen):
    pass
print(sorted(Frozen2(3, 1, 2)), type(Frozen2(1)).__name__)

class FloatUnit(float):
    def __new__(cls, v, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
class Km(FloatUnit):
    pass
k = Km(2.5, "km")
print(k, k.unit, k * 2)

class Counted:
    n = 0
    def __new__(cls, *a):
        Counted.n += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class Counted2(Counted):
    pass
Counted2(1); Counted2(2)
print(Counted.n, Counted2(9).v)

class NotInst:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInst())
