vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e-10, 1.1e-10, 123.456, 9007199254740993.0, 0.1 * 3, 1e23, 5e-324, 2.2250738585072014e-308,
        1e16, 9999999999999998.0, 1e17, 12345678901234567890.0, 0.000123, 1.0e-4, 100.0, 1e100, 4.35, 2.675, -1.5e-300]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v, "%r" % v, f"{v}")
print(repr(float("nan")), repr(float("-inf")), repr(-0.0), str(-0.0))
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(round(math.pi, 0), round(math.pi, 1), round(math.pi, 10), round(math.pi, 20), round(math.pi, -1), round(-math.pi, 2))
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0), round(-2.5, 0), round(1e-20, 25))
print(sum([0.1] * 10), 0.1 * 10, 3 * 1.1, 1.1 + 2.2, 1e300 * 1e300, -(1e300 * 1e300))
