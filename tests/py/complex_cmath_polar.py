# cmath.phase/polar/rect/isclose and the signs of results on branch cuts.
import cmath
import math


def sgn(x):
    return "+" if math.copysign(1.0, x) > 0 else "-"


for z in [1 + 0j, -1 + 0j, complex(-1, -0.0), 1j, -1j, 0j, complex(-0.0, 0.0),
          complex(-0.0, -0.0), 3 + 4j, -3 - 4j]:
    p = cmath.phase(z)
    m, a = cmath.polar(z)
    print(z, round(p, 12), sgn(p), round(m, 12), round(a, 12))

print(cmath.rect(2, 0), cmath.rect(2, -0.0), cmath.rect(-2, 0), cmath.rect(0, 1.5))
for r_, phi in [(1, cmath.pi / 2), (2, cmath.pi), (1.5, -cmath.pi / 4), (3, 2.0)]:
    z = cmath.rect(r_, phi)
    print(r_, round(phi, 6), round(z.real, 12) + 0.0, round(z.imag, 12) + 0.0)
try:
    cmath.rect(1, float("inf"))
except ValueError as e:
    print("ValueError:", e)
try:
    cmath.polar(complex(1e308, 1e308) * 2)
except OverflowError as e:
    print("OverflowError:", e)
print(cmath.polar(complex(1e308, 1e308))[0] > 1e308)

# Branch cuts: the sign of a zero part picks the side.
cuts = [("sqrt", -4.0), ("log", -1.0), ("asin", 2.0), ("acos", 2.0), ("asin", -2.0),
        ("acosh", -2.0), ("acosh", 0.5), ("atanh", 2.0), ("atanh", -2.0)]
for name, x in cuts:
    f = getattr(cmath, name)
    for zero in (0.0, -0.0):
        w = f(complex(x, zero))
        print(name, x, sgn(zero), round(w.real, 12) + 0.0, round(w.imag, 12) + 0.0, sgn(w.imag))
for name, y in [("atan", 2.0), ("atan", -2.0), ("asinh", 2.0), ("asinh", -2.0)]:
    f = getattr(cmath, name)
    for zero in (0.0, -0.0):
        w = f(complex(zero, y))
        print(name, y, sgn(zero), round(w.real, 12) + 0.0, sgn(w.real), round(w.imag, 12) + 0.0)

# isclose.
pairs = [(1 + 1j, 1 + 1.0000000001j), (1 + 1j, 1 + 1.001j), (0j, 1e-10j),
         (complex(math.inf, 0), complex(math.inf, 0)), (complex(math.inf, 0), complex(-math.inf, 0)),
         (complex(math.nan, 0), complex(math.nan, 0)), (1, 1.0 + 0j)]
for a, b in pairs:
    print(a, b, cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=1e-2),
          cmath.isclose(a, b, abs_tol=1e-9))
for call in ["cmath.isclose(1, 2, 3)", "cmath.isclose(1, 1, rel_tol=-1)",
             "cmath.isclose(1, 1, abs_tol=-1)", "cmath.isclose(1)", "cmath.isclose()", "cmath.isclose(a=1, b=1 + 1e-12j)", "cmath.isclose(1, a=1)", "cmath.isclose(1, 2, a=1)", "cmath.isclose(1, 2, tol=1)",
             "cmath.rect(1)", "cmath.phase()"]:
    try:
        print(eval(call))
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__ + ":", e)
