from fractions import Fraction
import math


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(Fraction(), Fraction(3), Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(-6, -8))
print(repr(Fraction(3, 4)), str(Fraction(3, 4)), str(Fraction(-5)), repr(Fraction(0, 7)))
print(Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(Fraction(5, 3)), Fraction(2, Fraction(2, 3)))
print(Fraction(True), Fraction(True, 2), Fraction(numerator=3, denominator=6))
for x in [0.5, 0.1, -2.75, 1e-10, 123456789.0, 1e22, -0.0, 5e-324]:
    print(x, repr(Fraction(x)), Fraction.from_float(x) == x)
for s in ['3/4', ' -1.25e-2 ', '1_000', '1__0', '1.', '.5', '+7', '3 /4', '3/ 4', 'abc', '',
          '1/0', '1e', '-0', '1.5/2', '  12  ', '1e-3', '.e1', '5E+2', '0x10', 'inf', 'nan',
          '1/2/3', '\t3/4\n', '1_0/2_0', '1.5_0', '1e1_0', '_1', '1_', '1._5', '- 1', '1/-2',
          '+1/2', '-.5e+1', '007/014', '3.14159', '-1e-2', '2.e2', '.']:
    show(lambda: Fraction(s))
for args in [(1, 0), (0, 0), (-3, 0), (1.5, 2), ([],), (None,), (2, -4), (float('nan'),),
             (float('inf'),), (float('-inf'),), (1, 2.0), (3, '4'), ('3', 4), (complex(1, 0),),
             (Fraction(1, 2), 0)]:
    show(lambda: Fraction(*args))
show(lambda: Fraction.from_float(7))
show(lambda: Fraction.from_float('a'))
show(lambda: Fraction.from_float(0.3))
show(lambda: Fraction.from_float(float('nan')))
f = Fraction(-22, 6)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(int(f), float(f), complex(f), bool(f), bool(Fraction(0)), math.floor(f), math.ceil(f), math.trunc(f))
print(abs(f), -f, +f, type(abs(f)).__name__)
print(float(Fraction(10 ** 400, 10 ** 399 + 1)), float(Fraction(1, 2 ** 1100)), float(Fraction(2 ** 80 + 1, 3)))
show(lambda: float(Fraction(10 ** 400)))
print(Fraction(3141592653589793, 1000000000000000).limit_denominator(100))
for m in [1, 2, 3, 7, 10, 100, 1000, 10 ** 6]:
    print(m, Fraction(math.pi).limit_denominator(m), Fraction(-math.e).limit_denominator(m),
          Fraction(1, 3).limit_denominator(m), Fraction(5, 2).limit_denominator(m))
show(lambda: Fraction(1, 2).limit_denominator(0))
print(Fraction('0.125').limit_denominator(4), Fraction(3, 8).limit_denominator(4), Fraction(-3, 8).limit_denominator(4))


class Half(Fraction):
    pass


h = Half(1, 2)
print(repr(h), type(h + 1).__name__, type(-h).__name__, isinstance(h, Fraction), h == Fraction(1, 2))
print(Fraction.__slots__ if hasattr(Fraction, '__slots__') else None)
