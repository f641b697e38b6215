# __index__ used by slicing, range, bin/hex/oct, list indexing, operator.index
import operator
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], lst[::I(3)])
print(list(range(I(4))), list(range(I(1), I(7), I(2))))
print(bin(I(5)), hex(I(255)), oct(I(8)), operator.index(I(7)))
print("abcdef"[I(2)], (1, 2, 3)[I(-1)], b"xyz"[I(0)])
print([0] * I(3), "ab" * I(2))
lst[I(0)] = "zero"
print(lst[0])
del lst[I(0)]
print(lst[0])
print(int(I(9)) if hasattr(int, "__index__") else None)
class NotI:
    pass
try:
    lst[NotI()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(NotI())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(2.5)
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __index__(self):
        return "x"
try:
    operator.index(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.567, I(2)), "%x" % I(255), f"{I(3).__index__()}")
import math
print(math.factorial(I(5)))
print(slice(I(1), I(3)).indices(10))
