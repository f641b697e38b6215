import functools
calls = []
@functools.lru_cache(maxsize=3)
def f(*args, **kw):
    calls.append((args, tuple(sorted(kw.items()))))
    return len(calls)
print(f(1), f(1), f(1, a=2), f(1, a=2), f(a=2, b=3), f(b=3, a=2), f(1.0), f(True))
print(f.cache_info(), len(calls))
try:
    f([1])
except TypeError as e:
    print("TypeError", e)
print(f.cache_parameters() if hasattr(f, "cache_parameters") else "")
@functools.lru_cache(maxsize=0)
def z(x):
    calls.append(x)
    return x
z(1); z(1); print(z.cache_info())
@functools.lru_cache(maxsize=-5)
def neg(x): return x
neg(1); neg(1); print(neg.cache_info())
class K:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
k = K(); print(k.m(3), k.m(3), K.m.cache_info())
@functools.cache
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(50) == __import__("math").factorial(50), rec.cache_info().currsize)
@functools.lru_cache(maxsize=2)
def g(x):
    calls.append(("g", x))
    return x
calls.clear()
for x in [1, 2, 1, 3, 2, 1]:
    g(x)
print(calls, g.cache_info())
print(f.__wrapped__ is not None, g.__name__, callable(g.cache_clear))
def raiser(x):
    raise KeyError(x)
cr = functools.lru_cache(raiser)
for _ in range(2):
    try:
        cr(1)
    except KeyError as e:
        print("KeyError", e, cr.cache_info().misses)
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t("1"), t.cache_info().currsize)
