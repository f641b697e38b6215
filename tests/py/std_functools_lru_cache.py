import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x

for x in [1, 2, 1, 3, 2, 1, 1]:
    print(sq(x))
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))

@functools.lru_cache
def tripled(x):
    return x * 3

print(tripled(2), tripled(2), tripled.cache_info(), tripled.__name__, tripled.cache_parameters())

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1

print(fact(30), fact.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed(True), typed.cache_info())

@functools.lru_cache()
def kw(a, b=0, *, c=1):
    return a + b + c

print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=5), kw(1), kw.cache_info())
try:
    functools.lru_cache('nope')
except TypeError as e:
    print('TypeError', e)
try:
    kw([1])
except TypeError as e:
    print('TypeError', e)

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg.cache_info())
