import functools
from functools import partial, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering, cmp_to_key
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5), p(2, d=0), p.func is f, p.args, p.keywords)
print(repr(partial(max, 1, key=abs)).replace(" at 0x", "@").split("@")[0])
pp = partial(p, 7)
print(pp(), pp.args, pp.keywords, pp.func is f)
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 0), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, ["a"], "z"))
for bad in [lambda: reduce(max, []), lambda: reduce(max, 5), lambda: partial(), lambda: partial(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def target(x):
    """target doc"""
    return x * 2
target.__dict__["extra"] = 1
print(target(4), target.__name__, target.__doc__, target.__wrapped__.__name__, target.__qualname__)
def plain(): pass
def w2(): pass
w2.attr = "keep"
plain.attr2 = "copied"
update_wrapper(w2, plain)
print(w2.__name__, w2.attr, w2.attr2, w2.__wrapped__ is plain)
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq(5), sq.cache_info().misses)
@lru_cache(typed=True)
def ty(x):
    calls.append(type(x).__name__)
    return x
calls.clear(); ty(1); ty(1.0); ty(1); print(calls, ty.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def c2(a, b=1):
    return a + b
print(c2(1), c2(1, b=1), c2(a=1), c2.cache_info())
@lru_cache
def bare(x): return -x
print(bare(3), bare.cache_info(), bare.__wrapped__(4))
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) > V(1), V(1) >= V(1), V(3) > V(3), sorted([V(3), V(1)], reverse=True)[0].v)
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print("ValueError", e)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)), sorted("bca", key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(1))
