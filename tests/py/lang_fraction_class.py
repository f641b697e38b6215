# a Fraction-like numeric class exercising the full numeric protocol
from math import gcd
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    @classmethod
    def _coerce(cls, o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return cls(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return o - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __pow__(self, e):
        if not isinstance(e, int):
            return NotImplemented
        if e < 0:
            return Frac(self.d ** -e, self.n ** -e)
        return Frac(self.n ** e, self.d ** e)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return "Frac(%d, %d)" % (self.n, self.d)
    def __str__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)
    def __round__(self, nd=None):
        return round(float(self), nd)
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, h ** 2, h ** -2, -h, abs(-h))
print(h == Frac(2, 4), h == 0.5, h != t, t < h, h <= h, h > t, sorted([h, t, Frac(0)]))
print(float(h), int(Frac(7, 2)), bool(Frac(0)), f"{h}", f"{h:.3f}", round(t, 2), str(Frac(4, 2)))
print({Frac(2, 1): "two"}[2], hash(Frac(3)) == hash(3), sum([h, t, Frac(1, 6)]))
try:
    h + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
x = Frac(1, 4)
x += h
x *= 4
print(x, max(h, t), min([h, t]))
