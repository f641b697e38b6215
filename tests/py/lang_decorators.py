# decorators: stacked, with arguments, class decorators, functools.wraps
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
@repeat(2)
def hello(name):
    "greets"
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__doc__ is None)
@trace
def documented(x, y=1):
    "doc here"
    return x + y
print(documented(2, y=3), documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(documented.__qualname__, documented.__module__)
order = []
def mark(tag):
    order.append("factory " + tag)
    def deco(f):
        order.append("apply " + tag)
        return f
    return deco
@mark("a")
@mark("b")
def target():
    pass
print(order)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {self.__dict__}>"
    return cls
@add_repr
class Item:
    def __init__(self, v):
        self.v = v
print(Item(3))
def singleton(cls):
    inst = cls()
    return inst
@singleton
class Config:
    debug = True
print(Config.debug, type(Config).__name__)
registry = {}
def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco
@register("f")
def f_():
    return 1
@register("C")
class C_:
    pass
print(sorted(registry))
class Decos:
    @staticmethod
    @trace
    def st(x):
        return x
    @property
    @functools.lru_cache(maxsize=None)
    def cached(self):
        print("computing")
        return 42
print(Decos.st(5))
d = Decos()
print(d.cached, d.cached)
@(lambda f: f())
def called_immediately():
    return "value"
print(called_immediately)
deco_list = [trace]
@deco_list[0]
def via_subscript():
    return "sub"
print(via_subscript())
def counting(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counting
def noop():
    pass
noop(); noop()
print(noop.calls)
