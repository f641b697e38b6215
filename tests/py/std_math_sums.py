import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([1.7976931348623157e308, -1e308]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(x / 7 for x in range(1000)))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([True, 2]))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(-8, 15), math.hypot(2, 3, 6))
print(math.hypot(), math.hypot(-7), math.hypot(0, 0), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1, 1), math.hypot(*range(10)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist(range(3), (0, 1, 5)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.isclose(10**20, 10**20 + 1))
for bad in [lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.fsum(3), lambda: math.fsum([None]), lambda: math.hypot(1, 'x'),
            lambda: math.dist((1, 2), (1,)), lambda: math.dist([1], ['a']),
            lambda: math.isclose(1, 2, abs_tol=-1.0), lambda: math.isclose(1, 2, tol=1),
            lambda: math.isclose(1, b=2, a=3), lambda: math.isclose(), lambda: math.hypot(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
