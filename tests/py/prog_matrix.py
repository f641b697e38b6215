# Matrix class with operator overloading, determinant, inverse (Fractions-free
# exact arithmetic via integer rationals), transpose, identity and powers.

class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = self._gcd(abs(num), den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __eq__(self, o):
        o = Rational.of(o)
        return self.num == o.num and self.den == o.den

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Rational.of(v) for v in row] for row in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
        if any(len(r) != self.m for r in rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch {self.n}x{self.m} vs {other.n}x{other.m}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
            cols = list(zip(*other.rows))
            return Matrix([[sum((a * b for a, b in zip(row, col)), Rational(0)) for col in cols] for row in self.rows])
        return Matrix([[v * other for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        a = [row[:] for row in self.rows]
        sign, result = 1, Rational(1)
        for c in range(self.n):
            pivot = next((r for r in range(c, self.n) if a[r][c]), None)
            if pivot is None:
                return Rational(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                sign = -sign
            result = result * a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return result * sign

    def inverse(self):
        n = self.n
        a = [row[:] + Matrix.identity(n).rows[i] for i, row in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c]), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[pivot] = a[pivot], a[c]
            p = a[c][c]
            a[c] = [x / p for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        width = max(len(repr(v)) for row in self.rows for v in row)
        return "\n".join("[" + " ".join(f"{v!r:>{width}}" for v in row) + "]" for row in self.rows)


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A, "", A.transpose(), sep="\n")
print("det", A.det(), "det(I4)", Matrix.identity(4).det())
inv = A.inverse()
print(inv)
print("A*inv == I:", A * inv == Matrix.identity(3))
print(A * B)
print(2 * B + B)
F = Matrix([[1, 1], [1, 0]])
print("fib(90) =", (F ** 90)[0, 1])
for bad in (lambda: B * B, lambda: A + B, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: B.det(), lambda: Matrix([[1, 2], [3]])):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(Rational(6, -8), Rational(1, 3) + Rational(1, 6), Rational(3) == 3)
