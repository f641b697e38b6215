import math

for x in [0.0, -0.0, 1.0, 8.0, 0.3, -5.5, 1e300, 5e-324, math.inf, -math.inf, 7]:
    print(x, math.frexp(x), math.modf(x))
print(math.frexp(math.nan), math.modf(math.nan))
print(math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ldexp(1.0, -1080), math.ldexp(-0.0, 5))
print(math.ldexp(math.inf, -5), math.ldexp(1.0, -(10**30)), math.ldexp(0.0, 10**30))
for m, e in [(0.5, 3), (0.9, -2), (-0.625, 10)]:
    print(math.ldexp(*math.frexp(math.ldexp(m, e))))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(3, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
print(math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.nextafter(1.0, 1.0), math.nextafter(0.0, -1))
print(math.ulp(1.0), math.ulp(2.0**52), math.ulp(-3.5), math.ulp(1.7976931348623157e308), math.ulp(1e-310))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5), math.pow(0, 0), math.pow(math.nan, 0))
print(math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.0, math.inf), math.pow(2, math.inf))
print(math.pow(-1, math.inf), math.pow(0.5, -math.inf), math.pow(-0.0, -3) if False else 'skip')
for bad in [lambda: math.pow(-0.0, -3), lambda: math.pow(-1, 0.5), lambda: math.pow(10, 400),
            lambda: math.ldexp(2.0, 2000), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1.0, '3'),
            lambda: math.fmod(math.inf, 2), lambda: math.fmod(1, 0.0), lambda: math.remainder(math.inf, 1),
            lambda: math.remainder(1, 0), lambda: math.frexp('1'), lambda: math.modf(),
            lambda: math.nextafter(1, 2, 3), lambda: math.copysign(1, 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
