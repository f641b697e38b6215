import functools
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5), lambda: partial(3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
print(square(5), square(5, exp=3), square.func is power, square.args, square.keywords)
p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000))
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)
print(repr(partial(max, 1, 2)), repr(partial(sorted, key=len)), repr(partial(print)))
print(partial(int, base=2)('1011'), list(map(partial(operator.mul, 3), [1, 2, 3])))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo.__doc__, callable(basetwo))

class Cell:
    def __init__(self):
        self.v = None
    def set(self, v):
        self.v = v
    set_one = functools.partialmethod(set, 1)

c = Cell()
c.set_one()
print(c.v)
