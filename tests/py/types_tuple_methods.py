t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t.index(1, -1), len(t), t[1:3], t[::-1], t[-1], t + (4,), t * 2, 2 * (0,), () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2), (1,) != (1.0,), (1, "a") <= (1, "a"), max([(1, 2), (1, 3)]))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({"a": 1}), (1,), (), ((),), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(1 in t, 9 not in t, t.__contains__(3), t.__getitem__(0), t.__len__(), list(reversed(t)), sorted(t), min(t), sum(t))
a, *b = t
print(a, b, (1, [2]), repr((1,)), str(("a", 'b"')), tuple(x * 2 for x in t))
class T(tuple):
    pass
x, y = T((1, 2)), T((1, 3))
print(x < y, x <= y, x > y, x >= y, x == (1, 2), (1, 2) == x, x < (5,), (0,) < x, repr(x), type(x + y).__name__, type(x[0:1]).__name__, x.count(1))
class NT(tuple):
    def __repr__(self):
        return "NT" + tuple.__repr__(self)
print(NT((1, 2)), [NT(())], "%r" % (NT((1,)),), "%s and %s" % NT((1, 2)))
def u(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
u(lambda: t.index(9))
u(lambda: t[10])
u(lambda: t + [1])
u(lambda: t < [1])
u(lambda: (1, "a") < (1, 2))
u(lambda: hash((1, [2])))
u(lambda: t.__setitem__(0, 1))
u(lambda: t * "a")
u(lambda: tuple(1))
u(lambda: t.count())
u(lambda: t["x"])
