import math
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -2.5, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan, 10**30, -(10**30), True]
for v in vals:
    row = []
    for f in (math.floor, math.ceil, math.trunc):
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
for v in vals:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v), math.copysign(1.0, v) if not isinstance(v, int) or True else 0)
for v in [0.0, -0.0, 1.0, 3.5, -7.25, 1e-310, 1e300, math.inf, -math.inf, math.nan, 8, 2**70]:
    print(repr(v), math.frexp(v), math.modf(v), math.fabs(v))
for m, e in [(0.5, 1), (0.75, 1024), (1.0, -1074), (1.0, -1075), (0.5, -1073), (1.0, 0), (3, 4), (math.inf, 3), (math.nan, 2), (0.0, 10**6)]:
    try:
        print(m, e, math.ldexp(m, e))
    except Exception as ex:
        print(m, e, type(ex).__name__, ex)
try:
    math.ldexp(1.0, 10**6)
except Exception as ex:
    print(type(ex).__name__, ex)
print(math.ldexp(1.0, -10**6), math.ldexp(1.0, 10**30 * 0 + 5))
try:
    math.ldexp(1.0, 1.5)
except Exception as ex:
    print(type(ex).__name__, ex)
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1), math.copysign(math.nan, -1.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(5.5, math.inf))
for a, b in [(7, 0), (math.inf, 2)]:
    try:
        print(math.fmod(a, b))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2), math.remainder(5, 2), math.remainder(7, 2))
try:
    math.remainder(1, 0)
except Exception as ex:
    print(type(ex).__name__, ex)
print(math.floor(2**100 + 0.0) == 2**100, type(math.floor(1e20)), math.floor(-1e20))
print(math.ceil(1e16 + 1.5), math.trunc(-1e19), math.floor(10**40), math.ceil(-10**40))
class F:
    def __floor__(self): return "fl"
    def __ceil__(self): return "ce"
    def __trunc__(self): return "tr"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self): return 2.5
print(math.floor(G()), math.ceil(G()), math.sqrt(G()))
for bad in [lambda: math.trunc(G()), lambda: math.floor("x"), lambda: math.ceil(None)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
