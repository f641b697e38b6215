# A recursive radix-2 FFT, its inverse, and a convolution by FFT, checked
# against a direct DFT. Values are rounded: the twiddle factors come from
# cmath.exp, whose last bits depend on the platform's libm.
import cmath


def fft(xs):
    n = len(xs)
    if n == 1:
        return [complex(xs[0])]
    even = fft(xs[0::2])
    odd = fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def ifft(xs):
    n = len(xs)
    conj = fft([x.conjugate() for x in xs])
    return [x.conjugate() / n for x in conj]


def dft(xs):
    n = len(xs)
    return [sum(xs[j] * cmath.exp(-2j * cmath.pi * j * k / n) for j in range(n)) for k in range(n)]


def show(zs, digits=9):
    parts = []
    for z in zs:
        re = round(z.real, digits) + 0.0
        im = round(z.imag, digits) + 0.0
        parts.append(format(complex(re, im), ".6g"))
    return "[" + ", ".join(parts) + "]"


signal = [1, 2, 3, 4, 0, -1, -2, 0.5]
spec = fft(signal)
print("fft  ", show(spec))
print("dft  ", show(dft(signal)))
print("same ", all(abs(a - b) < 1e-9 for a, b in zip(spec, dft(signal))))
back = ifft(spec)
print("back ", show(back))
print("real ", [round(z.real, 9) + 0.0 for z in back])

# Parseval: energy in time equals energy in frequency / n.
e_time = sum(abs(x) ** 2 for x in signal)
e_freq = sum(abs(z) ** 2 for z in spec) / len(spec)
print("energy", round(e_time, 9), round(e_freq, 9))

# Polynomial multiplication by FFT.
def poly_mul(a, b):
    n = 1
    while n < len(a) + len(b) - 1:
        n *= 2
    fa = fft(a + [0] * (n - len(a)))
    fb = fft(b + [0] * (n - len(b)))
    prod = ifft([x * y for x, y in zip(fa, fb)])
    return [round(z.real) for z in prod[: len(a) + len(b) - 1]]


print("poly ", poly_mul([1, 2, 3], [4, 5, 6, 7]))
print("check", [sum(a * b for i, a in enumerate([1, 2, 3]) for j, b in enumerate([4, 5, 6, 7]) if i + j == k) for k in range(6)])

# A pure tone shows up in one bin.
n = 16
tone = [cmath.exp(2j * cmath.pi * 3 * t / n) for t in range(n)]
mags = [round(abs(z), 6) for z in fft(tone)]
print("tone ", mags.index(max(mags)), max(mags), sum(1 for m in mags if m > 1e-6))
