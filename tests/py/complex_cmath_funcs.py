# cmath functions on ordinary values. Results are rounded to 12 digits:
# the last bits depend on the platform's libm, the digits before do not.
import cmath


def rf(x):
    # 12 decimals, then 12 significant digits (for large results).
    return float(format(round(x, 12), ".12g")) + 0.0


def r(z):
    if isinstance(z, complex):
        return complex(rf(z.real), rf(z.imag))
    return rf(z)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.tau == 2 * cmath.pi)

points = [1 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, -2.5 + 0.5j, 3 - 4j, 0.5 + 0j, 2 + 0j,
          0.25 - 0.75j, -0.3 - 1.7j, 10 + 10j, 1e-8 + 1e-8j, 700 + 1j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    for z in points:
        try:
            print(name, z, r(f(z)))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__ + ":", e)

# Real arguments and objects convertible to complex.
class Num:
    def __complex__(self):
        return 2j


class Flt:
    def __float__(self):
        return 0.5


print(r(cmath.sqrt(4)), r(cmath.sqrt(-4)), r(cmath.exp(0)), r(cmath.log(1)), cmath.sqrt(-1.0))
print(r(cmath.sqrt(Num())), r(cmath.log(Flt())), r(cmath.cos(True)))
print(r(cmath.log(8, 2)), r(cmath.log(100, 10)), r(cmath.log(1j, 1j)), r(cmath.log(-1, -1)))
print(cmath.log(0, 2), r(cmath.log10(1000)), r(cmath.log10(-100)))

# Identities.
for z in [0.5 + 0.25j, -1.25 + 2j, 3 - 0.5j]:
    print(r(cmath.sin(z) ** 2 + cmath.cos(z) ** 2), r(cmath.exp(cmath.log(z)) - z),
          r(cmath.sinh(cmath.asinh(z)) - z), r(cmath.tan(cmath.atan(z)) - z))


def attempt(expr):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__ + ":", e)


for expr in ["cmath.log(0)", "cmath.log(0j)", "cmath.log(2, 1)", "cmath.log(1j, 0j)",
             "cmath.log10(0)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.exp(1000)",
             "cmath.exp(complex(1000, 1))", "cmath.cosh(1000)", "cmath.sinh(-1000)",
             "cmath.sqrt('a')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log(1, 2, 3)",
             "cmath.exp(None)", "cmath.phase('x')", "cmath.sqrt(10 ** 400)"]:
    attempt(expr)
