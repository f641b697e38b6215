import math

def r(x):
    return float("%.10g" % x)

for x in [0, 0.5, 1, 2, 10]:
    print(x, r(math.exp(x)), r(math.expm1(x)), r(math.exp2(x)), r(math.sqrt(x)), r(math.cbrt(x)))
for x in [1, 2, 10, 100, 0.5, 1e-5, 2**64, 10**100]:
    print(x, r(math.log(x)), r(math.log10(x)), r(math.log2(x)), r(math.log1p(x)), r(math.log(x, 3)))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(1), math.log(10**1000, 10))
print(math.log2(2**2000), r(math.log(10**500)), math.log(math.inf), math.isnan(math.log(math.nan)))
for x in [0, 0.5, 1, -1, math.pi / 3]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.atan(x)), r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
for x in [0, 0.5, 1, -1]:
    print(x, r(math.asin(x)), r(math.acos(x)))
print(r(math.atanh(0.5)), r(math.acosh(2)), r(math.acosh(1)))
for y, x in [(1, 1), (1, -1), (-1, -1), (0, -1), (-0.0, -1), (0, 0), (math.inf, math.inf)]:
    print(y, x, r(math.atan2(y, x)))
for x in [0.5, 1, 2, 5, 10.5, -0.5, -2.5]:
    print(x, r(math.gamma(x) / 1), r(math.lgamma(x)))
print(math.gamma(1), math.gamma(5), math.gamma(math.inf), math.lgamma(1), math.lgamma(-math.inf))
for x in [0, 0.5, 1, -1, 3]:
    print(x, r(math.erf(x)), r(math.erfc(x)))
print(math.tanh(1000), math.tanh(-math.inf), math.atan(-math.inf), math.exp(-math.inf), math.exp(-1000))
for bad in [lambda: math.exp(710), lambda: math.exp2(1025), lambda: math.expm1(800), lambda: math.log(0),
            lambda: math.log(-5), lambda: math.log(5, -2), lambda: math.log(5, 1), lambda: math.log2(-(10**400)),
            lambda: math.log10(0.0), lambda: math.log1p(-1), lambda: math.log1p(-2), lambda: math.sqrt(-1e-300),
            lambda: math.asin(1.5), lambda: math.acos(-2), lambda: math.acosh(0.5), lambda: math.atanh(1),
            lambda: math.atanh(-2), lambda: math.sin(math.inf), lambda: math.cos(-math.inf), lambda: math.sinh(711),
            lambda: math.cosh(-711), lambda: math.gamma(-2), lambda: math.gamma(0.0), lambda: math.gamma(172),
            lambda: math.gamma(-math.inf), lambda: math.lgamma(-1), lambda: math.lgamma(0), lambda: math.exp('e'),
            lambda: math.log('x'), lambda: math.log(), lambda: math.log(2, 3, 4), lambda: math.log(x=2),
            lambda: math.sqrt(x=4), lambda: math.sin(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
