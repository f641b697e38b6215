# A Fraction-like number class: total_ordering, hashing consistent with
# int, __format__, __round__, __index__-free conversions, mixed arithmetic.
import functools
import math


@functools.total_ordering
class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if isinstance(n, str):
            if "/" in n:
                a, b = n.split("/")
                n, d = int(a), int(b)
            else:
                n = int(n)
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = math.gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    @classmethod
    def _coerce(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        if isinstance(x, float):
            return cls(*x.as_integer_ratio())
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
        return self._coerce(o) - self

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

    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)

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

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d) if abs(self.n) < 2 ** 52 else (abs(self.n) // self.d) * (1 if self.n >= 0 else -1)

    def __bool__(self):
        return self.n != 0

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.n, self.d)
            if 2 * r > self.d or (2 * r == self.d and q % 2):
                q += 1
            return q
        scale = 10 ** ndigits
        return Frac(round(self * scale), scale)

    def __floor__(self):
        return self.n // self.d

    def __ceil__(self):
        return -(-self.n // self.d)

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        if spec.endswith("m"):
            whole, rest = divmod(abs(self.n), self.d)
            sign = "-" if self.n < 0 else ""
            return f"{sign}{whole} {rest}/{self.d}" if whole and rest else str(self)
        return format(float(self), spec) if spec else str(self)


a, b = Frac(1, 3), Frac("3/4")
print(a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(-b))
print(1 + a, 2 - a, 3 * b, 1 / b, a + 0.5, a == Frac(2, 6), a != b, a < b, a >= b, max(a, b))
print(sorted([Frac(5, 8), Frac(1, 2), Frac(-1, 3), 0, Frac(7, 8), 1]))
print(hash(Frac(4, 2)) == hash(2), {Frac(4, 2): "two"}[2], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
x = Frac(22, 7)
print(float(x), int(x), round(x), round(Frac(5, 2)), round(Frac(7, 2)), round(x, 2), math.floor(-x), math.ceil(x))
print(f"{x:.5f} {x:m} {Frac(-22, 7):m} {x} {x!r} {Frac(3):m}", format(x, ">10.3f"))
print(bool(Frac(0)), bool(a), sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
h = Frac(0)
for n in range(1, 21):
    h += Frac(1, n * (n + 1))
print("telescoping:", h)
for bad in [lambda: Frac(1, 0), lambda: a / 0, lambda: a + "x", lambda: a < "x"]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
e_approx = sum((Frac(1, math.factorial(k)) for k in range(15)), Frac(0))
print(e_approx, f"{e_approx:.12f}", Frac(10 ** 30 + 1, 3), int(Frac(10 ** 30 + 1, 3)))
