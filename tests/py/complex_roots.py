# Roots of polynomials with complex arithmetic: the quadratic formula with
# cmath.sqrt, Durand-Kerner iteration, and Newton's method, with rounded
# output (the square roots come from libm).
import cmath


def rnd(z, d=9):
    return complex(round(z.real, d) + 0.0, round(z.imag, d) + 0.0)


def quadratic(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return rnd((-b + disc) / (2 * a)), rnd((-b - disc) / (2 * a))


for coeffs in [(1, -3, 2), (1, 0, 1), (1, 2, 5), (2, 1, 1), (1, -2j, -1), (1j, 1, 1)]:
    print(coeffs, quadratic(*coeffs))


def horner(coeffs, z):
    acc = 0j
    for c in coeffs:
        acc = acc * z + c
    return acc


def durand_kerner(coeffs, iters=200):
    n = len(coeffs) - 1
    lead = coeffs[0]
    monic = [c / lead for c in coeffs]
    roots = [(0.4 + 0.9j) ** k for k in range(n)]
    for _ in range(iters):
        new = []
        for i, r in enumerate(roots):
            denom = 1 + 0j
            for j, s in enumerate(roots):
                if i != j:
                    denom *= r - s
            new.append(r - horner(monic, r) / denom)
        roots = new
    return sorted((rnd(r, 8) for r in roots), key=lambda z: (z.real, z.imag))


print(durand_kerner([1, 0, 0, -1]))
print(durand_kerner([1, -10, 35, -50, 24]))
print(durand_kerner([1, 0, 0, 0, 1]))
print(durand_kerner([2, -3j, 1 + 1j]))


def newton(coeffs, z, steps=60):
    deriv = [c * (len(coeffs) - 1 - i) for i, c in enumerate(coeffs[:-1])]
    for _ in range(steps):
        d = horner(deriv, z)
        if d == 0:
            break
        z -= horner(coeffs, z) / d
    return rnd(z, 8)


for start in [1 + 1j, -1 + 1j, -1 - 1j, 2j]:
    print(start, newton([1, 0, 0, -1], start))

# Roots of unity multiply to (-1)**(n+1).
for n in range(1, 7):
    prod = 1 + 0j
    for k in range(n):
        prod *= cmath.exp(2j * cmath.pi * k / n)
    print(n, rnd(prod, 9))
