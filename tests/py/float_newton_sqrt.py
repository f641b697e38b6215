def sqrt(x, eps=1e-12):
    if x == 0:
        return 0.0
    g = x / 2.0
    while True:
        n = 0.5 * (g + x / g)
        if abs(n - g) < eps:
            return n
        g = n
for v in [2, 9, 10, 0.25, 1e10]:
    print(v, round(sqrt(v), 9))
def exp(x, terms=30):
    s, t = 1.0, 1.0
    for i in range(1, terms):
        t *= x / i
        s += t
    return s
print(round(exp(1), 12), round(exp(2), 10))
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(integrate(lambda x: x * x, 0, 3), 6))
