# functools decorators relying on the object model: total_ordering, singledispatch by annotation, cached_property, lru_cache, wraps
import functools
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
Cmp = functools.total_ordering(Cmp)
print(Cmp(1) <= Cmp(2), Cmp(3) >= Cmp(2), Cmp(1) > Cmp(2))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"))
class P:
    @functools.cached_property
    def heavy(self):
        print("compute")
        return 5
p = P()
print(p.heavy, p.heavy, "heavy" in vars(p))
@functools.lru_cache(maxsize=2)
def sq(n):
    print("miss", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def original(a: int) -> int:
    "doc"
    return a
print(original.__name__, original.__doc__, original.__annotations__, original.__wrapped__(3))
print(functools.partial(max, 5)(3), functools.reduce(lambda a, b: a + b, "abc"))
