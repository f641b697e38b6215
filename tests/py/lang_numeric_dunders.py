# conversion dunders: __int__, __float__, __round__, __trunc__, __floor__, __ceil__, __abs__
import math
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "skip", math.floor(2.5))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.floor(object())
except TypeError as e:
    print(type(e).__name__, e)
print(math.sqrt(Num(16)), divmod(7, 2), pow(2, 3, 5), round(2.5), round(3.5), round(-0.5))
print(int("  12  "), int("-0b101", 0), float("  1e3 "), int(True), float(False))
