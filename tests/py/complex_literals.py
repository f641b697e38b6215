# Imaginary literals, their types, and constants built from them.
print(1j, 2.5J, 1e3j, 1_0j, 0j, 0J, 1E-3j, 3.j, .5j, 1_000.000_1j)
print(type(1j).__name__, type(1j) is complex, isinstance(2j, complex))
print(isinstance(2j, (int, float)), issubclass(complex, object))
print(1 + 2j, 1 - 2j, -1j, -(1j), 3 * 1j, 1j * 1j, 1e400j)
z = (1.5 + 0.5j)
print(z.real, z.imag, type(z.real).__name__)

# Folding and constants in tuples and containers.
t = (1j, 2j, 1 + 1j)
print(t, t[0] is t[0], len(set([1j, 1j, 2j])))
d = {1j: "one-i", 2j: "two-i"}
print(d[1j], d.get(2j), d.get(3j, "missing"))


def f(x=1j, *, y=-2j):
    return x + y


print(f(), f(3), f(y=0j))

# Complex constants compared with other numbers.
for v in [0j, 0, 1 + 2j, -1 - 1j, 3j, 4j, "x", 0.0]:
    print(repr(v), v == 0j, v == 1 + 2j, v in (3j, -1 - 1j))

# Literal forms that must be rejected by the compiler.
for src in ["1jj", "1j_", "1_j", "0x1j", "1e j"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)

# More literal spellings, valid and not.
for src in ["01j", "00j", "0_1j", "1e1_0j", "1.5_5j", "1__0j", "1j.real", "1J.imag",
            "0b1j", "0o7j", "1ej", "1.e5j", "1_000e-3J", "09.5j", "1jx", "1j1"]:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
