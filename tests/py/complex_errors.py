# Operations complex does not support raise CPython's TypeErrors.
import math

z = 1 + 2j


def attempt(expr):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__ + ":", e)


for expr in [
    "int(z)", "float(z)", "z // 2", "2 // z", "z % 2", "3 % z", "divmod(z, 2)",
    "divmod(2, z)", "z // z", "~z", "z << 1", "z >> 1", "z & 1", "z | 1", "z ^ 1",
    "round(z)", "round(z, 2)", "math.floor(z)", "math.trunc(z)", "math.sqrt(z)",
    "math.isnan(z)", "range(z)", "'abc' * 1j", "1j * 'abc'", "z + 'a'",
    "'a' + z", "z + None", "z + [1]", "len(z)", "iter(z)", "z()", "z.foo",
    "z.real.foo", "hex(z)", "chr(z)", "bin(z)", "z < 1", "z >= z", "-z < z",
    "complex.conjugate(1)", "z.conjugate(1)", "z.__add__()", "z.__format__(1)",
    "(1j).__pow__(2, 3)", "z.__pow__()", "z.__pow__(1, 2, 3)", "z.__mul__(1, 2)", "z.__eq__('x')", "z.__radd__('x')", "z.__truediv__(0)",
    "abs(complex(1e308, 1e308))", "int('1j')", "float('1j')",
]:
    attempt(expr)

try:
    z.real = 5
except AttributeError as e:
    print("AttributeError raised")
try:
    del z.imag
except AttributeError as e:
    print("AttributeError raised")
print(z)
