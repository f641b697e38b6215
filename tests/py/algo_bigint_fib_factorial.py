def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(300))
print(len(str(fib(1000))))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f)
s = str(f)
print(len(s) - len(s.rstrip('0')), sum(int(c) for c in s))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(binom(100, 50), [binom(10, k) for k in range(11)])
def catalan(n):
    return binom(2 * n, n) // (n + 1)
print([catalan(n) for n in range(15)])
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = ''
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out += str(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
print(pi_digits(60))
