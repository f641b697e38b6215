def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
def make_counters():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return fns
print([f() for f in make_counters()])
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in late()])
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
