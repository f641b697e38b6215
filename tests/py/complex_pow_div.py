# Powers and division: small integer exponents use repeated squaring,
# others the polar formula; errors follow CPython's complex_pow.
z = 1 + 1j
for n in range(-4, 9):
    print(n, z ** n, (2 - 1j) ** n)
print(1j ** 2, 1j ** 3, 1j ** 4, (-1j) ** 2, 0j ** 0, 0j ** 0j, 0j ** 2, 0j ** 2.0)
print(pow(1 + 2j, 2), pow(2, 2j).real == pow(2, 2j).real, (2 + 0j) ** 10)
print(round(((1 + 1j) ** 0.5).real, 12), round(((1 + 1j) ** 0.5).imag, 12))
w = (3 + 4j) ** 0.5
print(round(w.real, 12), round(w.imag, 12))
w = 2 ** (1 + 1j)
print(round(w.real, 12), round(w.imag, 12))
w = 1j ** 1j
print(round(w.real, 12), round(w.imag, 12))
w = (1 + 1j) ** 1000
print(w.real == w.real, abs(w) > 1e150)

# Negative numbers to fractional powers are complex.
for base, exp in [(-1, 0.5), (-8, 1 / 3), (-1.0, 1.5), (-2, -1.5), (-0.5, 0.5)]:
    r = base ** exp
    print(base, round(exp, 6), type(r).__name__, round(r.real, 12) + 0.0, round(r.imag, 12) + 0.0)
print((-2) ** 2, (-2.0) ** 3.0, (-2.0) ** -1.0, 2 ** -1)


def attempt(expr):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__ + ":", e)


for expr in [
    "0j ** -1", "0j ** 1j", "0j ** (-1 + 0j)", "0 ** 1j", "0.0 ** (1 + 1j)",
    "(1e200 + 1e200j) ** 2", "(1e300 + 1j) ** 2", "complex(1e308, 0) ** 1.5",
    "pow(1j, 2, 3)", "pow(1j, 2, None)", "1j ** 10 ** 400",
    "1 / 0j", "1j / 0", "1j / 0.0", "0j / 0j", "(1 + 1j) / False",
    "complex('inf') ** 2", "(1 + 0j) ** complex('nan')",
]:
    attempt(expr)
