# Subclasses of complex, complex.__new__, and the numeric attributes of
# int and float.


class C(complex):
    def __repr__(self):
        return "C" + complex.__repr__(self)

    def norm2(self):
        return self.real ** 2 + self.imag ** 2


c = C(3, 4)
print(c, type(c).__name__, isinstance(c, complex), issubclass(C, complex))
print(c.real, c.imag, c.norm2(), abs(c), c.conjugate(), type(c.conjugate()).__name__)
print(c + 1, type(c + 1).__name__, 1 + c, c * c, -c, type(-c).__name__)
print(c == 3 + 4j, hash(c) == hash(3 + 4j), complex(c), type(complex(c)).__name__)
print(C("1+1j"), C(), C(imag=2), C(c))


class P(complex):
    def __new__(cls, r, theta):
        import cmath
        z = cmath.rect(r, theta)
        return super().__new__(cls, round(z.real, 9), round(z.imag, 9))


p = P(2, 0)
print(p, type(p).__name__, p.real)
print(complex.__new__(complex, 1, 2), type(complex.__new__(C, 5)).__name__)


class Temp:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return complex(self.v, -self.v)


print(complex(Temp(2)), complex(Temp(0.5)) * 2)

# int and float have real, imag and conjugate.
print((5).real, (5).imag, (5).conjugate(), (-7).conjugate(), True.real, True.imag)
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).imag, (10 ** 30).imag)
print(type((5).imag).__name__, type((2.5).imag).__name__, type(True.real).__name__)
print(complex.__name__, complex.__qualname__, type(complex).__name__, repr(complex))
print(hasattr(1j, "real"), hasattr(1j, "conjugate"), hasattr(1j, "__floordiv__"))
print(sorted(n for n in dir(complex) if not n.startswith("_")))
for call in ["complex.__new__(complex)", "complex.__new__(C, 2j)", "complex.__new__(C, '1-j')"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, "TypeError:", e)
