# A polynomial class: arithmetic, evaluation, division, derivatives,
# pretty printing and Newton's method root finding.

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else Poly([-other]))

    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly(a * other for a in self.c)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        lead = other.c[-1]
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / lead if rem[-1] % lead else rem[-1] // lead
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[shift + i] -= factor * b
            rem.pop()
        return Poly(quot), Poly(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def __repr__(self):
        return f"Poly({self.c})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else ("x" if i == 1 else f"x^{i}")
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s


def newton(p, x0, tol=1e-12, max_iter=100):
    d = p.derivative()
    x = x0
    for i in range(max_iter):
        fx = p(x)
        if abs(fx) < tol:
            return x, i
        dx = d(x)
        if dx == 0:
            raise ZeroDivisionError(f"zero derivative at x={x}")
        x -= fx / dx
    raise RuntimeError(f"no convergence from {x0}")


p = Poly.from_roots(1, -2, 3)
q = Poly([1, 1])
print(p, "|", repr(p), "| degree", p.degree)
print(q ** 5)
print(p + q, "|", p - p, "|", 3 * q, "|", q * q - 1)
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly([5]).derivative())
print([p(x) for x in range(-3, 5)])
quot, rem = divmod(p, Poly([-1, 1]))
print(quot, "| rem", rem)
quot, rem = divmod(Poly([1, 0, 0, 1]), Poly([1, 2]))
print(quot, "| rem", rem, "| check", quot * Poly([1, 2]) + rem == Poly([1, 0, 0, 1]))
print(Poly([1, 0, 1]) // Poly([1, 1]), "|", Poly([1, 0, 1]) % Poly([1, 1]))
for x0 in (0.0, 2.5, 10.0, -5.0):
    root, its = newton(p, x0)
    print(f"newton from {x0:>5}: root {root:.10f} after {its} iterations")
try:
    newton(Poly([1, 0, 1]), 0.0)
except (ZeroDivisionError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Poly([0, -1, 0, 2]), "|", Poly([-3]), "|", Poly([0, 0, 0]), Poly([0]).degree)
print(Poly.from_roots(0.5, 0.25), "|", Poly([1, 2]) == Poly([1, 2, 0]))
