# a small matrix class: @, ==, indexing with tuples, __iter__, __setitem__
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError("shape mismatch %r @ %r" % (self.shape, o.shape))
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __rmatmul__(self, o):
        return "rmatmul with %s" % type(o).__name__
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return "Matrix(%r)" % self.rows
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a @ Matrix.identity(2) == a, 2 * a, a * 3)
print([5] @ a)
c = Matrix([[1, 1], [0, 1]])
c @= c
print(c, c.shape, c[0, 1])
c[1, 0] = 9
print(list(c), [sum(r) for r in c])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a @ 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.shape = (1, 1)
except AttributeError as e:
    print(type(e).__name__, e)
