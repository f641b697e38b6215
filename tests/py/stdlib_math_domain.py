import math
cases = [
    ("sqrt", -1), ("sqrt", -0.0), ("sqrt", math.inf), ("log", 0), ("log", -1), ("log", 0.0), ("log10", -5), ("log2", 0),
    ("log1p", -1), ("log1p", -2), ("acos", 2), ("asin", -1.5), ("atanh", 1), ("acosh", 0.5), ("exp", 1000), ("exp", -1000),
    ("sin", math.inf), ("cos", -math.inf), ("tan", math.inf), ("cosh", 1000), ("sinh", -1000), ("gamma", 0), ("gamma", -1),
    ("gamma", 0.5), ("gamma", 200), ("lgamma", 0), ("lgamma", -2), ("lgamma", 0.5), ("expm1", 1000), ("erf", 0.5),
    ("erfc", 0.5), ("exp2", 10), ("exp2", 2000), ("cbrt", -27), ("cbrt", 8), ("degrees", math.pi), ("radians", 180),
    ("atan", math.inf), ("tanh", 100), ("asinh", 1), ("log", 10**400), ("log2", 2**2000), ("log10", 10**500),
    ("sqrt", 10**400), ("exp", math.nan), ("sqrt", math.nan), ("log", -math.inf), ("log", math.inf),
]
for name, x in cases:
    f = getattr(math, name, None)
    if f is None:
        print(name, "missing")
        continue
    try:
        r = f(x)
        print(name, round(r, 10) if isinstance(r, float) and math.isfinite(r) else r)
    except Exception as e:
        print(name, type(e).__name__, e)
print(math.log(8, 2), math.log(100, 10), round(math.log(10**100, 10), 10), math.log(1, 5))
for a, b in [(8, 1), (8, 0), (0, 2), (8, -2), (-8, 2)]:
    try:
        print(math.log(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(2, 10), (2.0, -1), (0.0, 0), (0.0, -1), (-8, 1 / 3), (-2, 2), (math.inf, -1), (1, math.nan), (math.nan, 0), (10.0, 400), (-1, math.inf), (2, 0.5)]:
    try:
        print(a, b, math.pow(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(1, 0), math.atan2(math.inf, math.inf), math.atan2(-1, -1))
