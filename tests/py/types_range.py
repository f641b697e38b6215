r = range(0, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-3:], r[100:], r.start, r.stop, r.step)
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, "x" in r, r == range(0, 21, 3), r == range(0, 19, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 5)) == hash(range(5)), hash(range(1, 2, 5)) == hash(range(1, 2, 7)), range(1) != range(2))
print(range(5), range(2, 5), range(5, 0, -1), list(range(5, 0, -2)), len(range(10, 0)), list(range(-3)), range(10)[2:8:3], list(range(10)[::-3]))
print(list(reversed(range(1, 10, 4))), sorted(range(3), reverse=True), max(range(7)), sum(range(101)), min(range(3, 0, -1)), tuple(range(2)))
print(range(-10, 10, 5).index(0), range(10, -10, -5).index(-5), range(3).count(1.0), bool(range(0)), bool(range(1)), iter(range(2)).__next__())
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(3)[I() - 4] if False else range(10)[I()])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(5)[5])
t(lambda: range(5).index(7))
t(lambda: range(5)["a"])
t(lambda: range(5) < range(6))
t(lambda: range(3) + range(2))
t(lambda: range(5).count())
