class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, sorted(kwargs))
c = Counter()
c()
print(c(1, 2, a=3), c.calls)
class Poly:
    def __init__(self, *coef):
        self.coef = coef
    def __call__(self, x):
        r = 0
        for c in self.coef:
            r = r * x + c
        return r
p = Poly(1, 0, -1)
print([p(x) for x in range(-2, 3)])
