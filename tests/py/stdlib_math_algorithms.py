import math
def newton_sqrt(x, eps=1e-15):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
print([round(newton_sqrt(v), 12) for v in (2, 10, 1e6)], [math.isclose(newton_sqrt(v), math.sqrt(v)) for v in (2, 3, 99)])
print(round(sum(1 / math.factorial(k) for k in range(20)), 15), math.e, math.fsum(1 / math.factorial(k) for k in range(20)) == math.e)
pi_est = 4 * math.fsum((-1) ** k / (2 * k + 1) for k in range(10000)); print(round(pi_est, 8), round(abs(pi_est - math.pi), 10))
def primes(n):
    sieve = [True] * (n + 1); sieve[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
ps = primes(100); print(ps, math.prod(ps[:6]), math.lcm(*ps[:5]), math.gcd(*[p * 6 for p in ps[:4]]))
def fib_closed(n):
    phi = (1 + math.sqrt(5)) / 2
    return round(phi ** n / math.sqrt(5))
print([fib_closed(n) for n in range(15)], [math.comb(n, k) for n in range(6) for k in range(n + 1)][:12])
angles = [0, 30, 45, 60, 90, 180, 270, 360]
print([(a, round(math.sin(math.radians(a)), 12), round(math.cos(math.radians(a)), 12)) for a in angles])
print([round(math.degrees(math.atan2(y, x)), 6) for x, y in [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1)]])
pts = [(0, 0), (3, 4), (6, 8), (9, 12)]
print(sum(math.dist(a, b) for a, b in zip(pts, pts[1:])), math.hypot(*pts[-1]), round(math.log2(1024), 12), math.log10(1e-5))
def stats(xs):
    n = len(xs); m = math.fsum(xs) / n
    var = math.fsum((x - m) ** 2 for x in xs) / (n - 1)
    return m, var, math.sqrt(var)
print([round(v, 10) for v in stats([2, 4, 4, 4, 5, 5, 7, 9])])
print(math.floor(-7 / 2), math.ceil(-7 / 2), math.trunc(-7 / 2), -7 // 2, round(-3.5), round(2.5), round(0.125, 2), round(-0.0))
print(math.isqrt(10**30) ** 2 == 10**30, math.exp(math.log(12345.0)), round(math.expm1(1e-10), 20), round(math.log1p(1e-10), 20))
print(math.copysign(0.0, -1) == 0.0, str(math.copysign(0.0, -1)), math.sqrt(0.0), str(math.sqrt(-0.0)), math.fabs(-0.0))
