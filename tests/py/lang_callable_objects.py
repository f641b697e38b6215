# bound methods, functools.partial, staticmethod objects are callable
import functools
class K:
    def m(self, x):
        return (self.tag, x)
    tag = "K"
k = K()
bm = k.m
print(bm(1), bm.__self__ is k, bm.__func__ is K.m, bm == k.m, bm is not k.m)
print(K.m(k, 2), type(bm).__name__, bm.__name__, bm.__qualname__)
p = functools.partial(K.m, k)
print(p(3), p.func is K.m, p.args == (k,), p.keywords)
def add(a, b, c=0):
    return a + b + c
add5 = functools.partial(add, 5)
print(add5(1), add5(1, c=10), functools.partial(add5, 2)(c=1))
sm = staticmethod(lambda: "static call")
print(sm(), callable(sm))
cm = classmethod(lambda cls: cls)
print(type(cm).__name__, cm.__func__(K) is K)
class Call:
    def __call__(self, *a):
        return ("called", a)
c = Call()
print(c(1, 2), functools.partial(c, 0)(9))
print(list(map(k.m, [1, 2])))
m1, m2 = k.m, k.m
print(m1 == m2, hash(m1) == hash(m2), K().m == k.m)
print(functools.reduce(add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(repr(functools.partial(add, 1, c=2))[:18])
