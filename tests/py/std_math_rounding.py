import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1.5e300, 7, -7, True, 10**30, -(10**30) - 1]:
    print(repr(x)[:20], math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)

class Num:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"
    def __float__(self):
        return 2.75

n = Num()
print(math.floor(n), math.ceil(n), math.trunc(n), math.fabs(n), math.sqrt(Num()))

class OnlyFloat:
    def __float__(self):
        return -3.25

print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))

class Idx:
    def __index__(self):
        return 12

print(math.sqrt(Idx()), math.factorial(Idx()), math.gcd(Idx(), 8))

for a, b in [(1.0, -0.0), (-3, 2), (0.0, -1), (math.inf, -1)]:
    print(math.copysign(a, b))
print(math.fabs(-3), math.fabs(-2.5), math.fabs(-math.inf))
print(math.degrees(math.pi / 2), math.radians(180))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10**300))
print(math.floor(1e16 + 0.5), math.ceil(-1e16 - 0.5))
print(math.ceil(2**70 + 0.0), math.floor(-(2.0**70)))
print(round(math.sqrt(2), 12), math.sqrt(16), math.sqrt(0.25), math.sqrt(-0.0))
