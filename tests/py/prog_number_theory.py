# Prime sieves and number theory with big ints.
import math


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def factorize(n):
    factors = {}
    p = 2
    while p * p <= n:
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
        p += 1 if p == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        g, p, _ = egcd(m, mod)
        if (r - x) % g:
            raise ValueError("no solution")
        x += m * ((r - x) // g * p % (mod // g))
        m = m * mod // g
        x %= m
    return x, m


primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])
print("primes below 10**5:", len(sieve(10 ** 5)))
print([n for n in range(1, 60) if is_probable_prime(n)] == sieve(59))
mersenne = [p for p in primes[:20] if is_probable_prime(2 ** p - 1)]
print("mersenne exponents:", mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1))
for n in [360, 9973, 2 ** 32 + 1, 600851475143, 1234567890]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
print(egcd(240, 46), math.gcd(2 ** 64, 6 ** 20), math.lcm(12, 18, 30))
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2], [4, 6]) if False else "skip")
try:
    crt([1, 2], [4, 6])
except ValueError as e:
    print("ValueError:", e)
print(pow(3, -1, 11), pow(12345678901234567890, 65537, 2 ** 89 - 1))
big = math.factorial(50)
print(big, len(str(big)), big.bit_length(), sum(int(d) for d in str(2 ** 1000)))
print(math.comb(100, 50), math.perm(10, 3), math.isqrt(10 ** 40 + 12345))
print(divmod(-(10 ** 30), 7), (-(10 ** 30)) % 7, (10 ** 30) // -7)
print(hex(2 ** 100 - 1), int("z" * 20, 36), (2 ** 70).to_bytes(10, "big").hex())
print(int.from_bytes(b"\xff" * 9, "little", signed=True), (-(2 ** 65)) >> 3, 1 << 200 >> 190)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(all(sum(d for d in range(1, n) if n % d == 0) == n for n in perfect[:3]))
collatz = max(range(1, 3000), key=lambda n: (lambda f: f(f, n, 0))(lambda f, m, k: k if m == 1 else f(f, m // 2 if m % 2 == 0 else 3 * m + 1, k + 1)))
print("longest collatz below 3000 starts at", collatz)
