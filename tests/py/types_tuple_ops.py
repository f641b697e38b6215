t = (1, 2, 3)
print(t + (4,), t * 2, 2 * t, t * 0, t == (1, 2, 3), t < (1, 2, 4), t > (1, 2), (1, (2, 3)) < (1, (2, 4)), t[::-1], t[-1], t[1:], t[:1], len(t), t.count(2), t.index(3))
u = t
u += (4,)
print(t, u, u is t, tuple(reversed(t)), tuple(sorted((3, 1, 2))), hash(t) == hash((1, 2, 3)), hash((1, (2, 3))) == hash((1, (2, 3))))
print((), (1,), tuple(), tuple([]), () == (), ((),) == ((),), (1,) * 3, ("a",) + ("b",), tuple("xy"), tuple(range(2)), tuple({1: 2}))
a, b, *c = (1, 2, 3, 4)
print(a, b, c, (1, 2) + tuple(c), repr((None,)), str(("s", 1.5)), (1, 2).__getitem__(slice(None, None, -1)), (1, 2).__add__((3,)))
print(tuple.__len__((1, 2)), tuple.__contains__((1,), 1), tuple.__mul__((0,), 2), (1, 2).__hash__() == hash((1, 2)), (1,).__eq__([1]), (1,).__lt__((2,)))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
for f in [lambda: t + [4], lambda: t * 1.0, lambda: t[5], lambda: t.index(9), lambda: hash(([],)), lambda: t < 1, lambda: tuple(5)]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
