import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(-0.0, 1.0), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0.0), math.nextafter(1e308, math.inf))
print(math.nextafter(math.nan, 1.0), math.nextafter(1.0, math.nan), math.nextafter(5e-324, 0), math.nextafter(-5e-324, 0))
print(math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(2, 3))
for x in [1.0, 0.0, -0.0, 2.0, 1e-300, 1e300, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 3, -10.5, 0.1]:
    print(repr(x), math.ulp(x))
for a, b in [(1.0, 1.0), (1.0, 1.0 + 1e-10), (0.0, 1e-300), (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (100, 101)]:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.1), math.isclose(a, b, abs_tol=1e-9))
try:
    math.isclose(1, 2, rel_tol=-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    math.isclose(1, 2, 0.1)
except Exception as e:
    print(type(e).__name__, e)
try:
    math.nextafter(1.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    math.ulp("a")
except Exception as e:
    print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), math.pi == 4 * math.atan(1), math.tau == 2 * math.pi)
