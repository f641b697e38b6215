import math
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(*range(10)))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.hypot(3, 4, 12), math.hypot(True, True), math.hypot(2**60, 2**60))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist((1.5,), (-1.5,)))
print(math.dist((0, 0, 0, 0), (1, 1, 1, 1)), math.dist(iter_safe := (1, 2), (2, 1)))
for bad in [lambda: math.dist((1, 2), (1,)), lambda: math.dist([1], 5), lambda: math.dist(iter([1]), iter([2])),
            lambda: math.hypot("a"), lambda: math.dist(("a",), (1,))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)))
for bad in [[1e308, 1e308, -1e308], [math.inf, -math.inf], [1e308, 1e308], [math.nan, 1], [math.inf, 1], ["x"]]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod([0.5] * 4), math.prod([2] * 100) == 2**100, math.prod(range(1, 11), start=0))
print(math.prod([math.inf, 0.0]), math.prod([1, 2.0, 3]))
