import functools
from functools import partial
def f(*args, **kw): return args, kw
p = partial(f, 1, a=1)
print(p(2, a=3, b=4), p.func.__name__, type(p).__name__, callable(p))
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
        print(attr, "set ok")
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
p.extra = 5; print(p.extra)
r = repr(partial(f, 1, "x", key=[1]))
print(r[:r.index("<function")] + r[r.index(">") + 1:])
class C:
    def method(self, a, b): return (self.__class__.__name__, a, b)
    m1 = functools.partialmethod(method, 1)
    @classmethod
    def cm(cls, x, y): return (cls.__name__, x, y)
    cm1 = functools.partialmethod(cm, "X")
c = C(); print(c.m1(2), c.cm1("Y"), C.cm1("Z"))
pp = partial(partial(partial(f, 1), 2, k=1), 3, k=2); print(pp(), pp.args, pp.keywords)
print(partial(int, base=2)("1010"), partial(sorted, key=len)(["ccc", "a", "bb"]), list(map(partial(pow, 2), range(5))))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(lambda a, b: a if a > b else b, "hello"))
try:
    functools.reduce(lambda a, b: a, [], initial=1)
except TypeError as e:
    print("TypeError", e)
def g(a, b=2): return a, b
w = functools.wraps(g)(lambda *a: g(*a))
print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__wrapped__ is g, w(1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def h(): pass
h.__dict__["custom"] = [1]
def hw(): pass
functools.update_wrapper(hw, h, assigned=("__name__",), updated=())
print(hw.__name__, hasattr(hw, "custom"), hw.__wrapped__ is h)
class CallableObj:
    def __call__(self): return "called"
wrapped = functools.update_wrapper(lambda: None, CallableObj())
print(wrapped.__name__, hasattr(wrapped, "__wrapped__"))
ci = functools.lru_cache()(lambda x: x)
ci(1); ci(1); info = ci.cache_info()
print(info, info.hits, info._fields, type(info).__name__, tuple(info))
for args in [(), (max,), (max, [1], 0, 9)]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print("TypeError", e)
