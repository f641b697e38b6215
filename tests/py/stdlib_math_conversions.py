import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 7
class Both:
    def __float__(self): return 1.5
    def __index__(self): return 3
class MyInt(int): pass
class MyFloat(float): pass
for name in ["sqrt", "exp", "log", "sin", "floor", "ceil", "fabs", "isfinite", "trunc", "degrees", "erf", "gamma", "log2", "cbrt" if hasattr(math, "cbrt") else "sqrt"]:
    f = getattr(math, name)
    row = []
    for arg in [F(), I(), Both(), MyInt(4), MyFloat(0.5), True, 10**20]:
        try:
            r = f(arg)
            row.append(round(r, 9) if isinstance(r, float) else r)
        except Exception as e:
            row.append(type(e).__name__)
    print(name, row)
for name in ["factorial", "isqrt", "comb", "perm", "gcd", "lcm"]:
    f = getattr(math, name)
    row = []
    for arg in [I(), Both(), MyInt(5), True, F(), 5.0]:
        try:
            row.append(f(arg) if name not in ("comb",) else f(arg, 2))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(name, row)
for bad in [lambda: math.fsum([10**400]), lambda: math.sqrt(10**400), lambda: math.exp(10**400), lambda: math.floor(float("nan")),
            lambda: math.ceil(float("inf")), lambda: math.log(-(10**400)), lambda: math.log(10**400, 10**401), lambda: math.hypot(10**400),
            lambda: math.dist([10**400], [0]), lambda: math.prod([10**400, 0.5]), lambda: math.pow(10**400, 0.5), lambda: math.copysign(10**400, 1),
            lambda: math.isclose(10**400, 1), lambda: math.ldexp(10**400, 1), lambda: math.frexp(10**400), lambda: math.fmod(10**400, 3)]:
    try:
        r = bad()
        print(round(r, 6) if isinstance(r, float) else r)
    except Exception as e:
        print(type(e).__name__, e)
print(math.log(10**400) > 921, round(math.log(10**400), 6), round(math.log2(3**500), 6), round(math.log10(7**300), 6), round(math.log(2**1100, 2), 6))
print(math.floor(MyFloat(2.7)), type(math.floor(MyFloat(2.7))).__name__, math.trunc(MyInt(3)), type(math.trunc(MyInt(3))).__name__, math.ceil(True))
