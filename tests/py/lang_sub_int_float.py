# subclassing int and float
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), type(m) is int)
print(m == 21, hash(m) == hash(21), {m: "x"}[21], m.bit_length(), str(m), int(m))
class Bits(int):
    def __add__(self, o):
        return Bits(int(self) | int(o))
print(Bits(4) + 1, type(Bits(4) + 1).__name__, 1 + Bits(4))
class Celsius(float):
    def __str__(self):
        return "%.1f°C" % self
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.5)
print(c, c.to_f(), repr(c), c + 1, isinstance(c, float))
class B(int):
    pass
print(B(True), B("12"), B("ff", 16), B(3.9), type(B()).__name__, B())
class Attr(int):
    pass
a = Attr(5)
a.label = "five"
print(a.label, a * 2, a.__dict__)
class Cmp(int):
    def __eq__(self, o):
        return "eq!"
    __hash__ = int.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) < 2)
print(MyInt.__mro__[1].__name__, issubclass(MyInt, int), int.__add__(m, 1))
print(super(MyInt, m).__repr__())
class Bool2(int):
    def __bool__(self):
        return True
print(bool(Bool2(0)), bool(B(0)))
print(divmod(MyInt(7), 2), pow(MyInt(2), 10), abs(MyInt(-3)), -MyInt(3), round(Celsius(2.567), 1))
