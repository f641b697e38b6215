# lambda and default arguments (evaluated once, mutable default pitfalls)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to.__defaults__)
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 10
def captured(v=n):
    return v
n = 20
print(captured())
add = lambda a, b=2, *rest, k=3, **kw: (a, b, rest, k, kw)
print(add(1), add(1, 5, 6, 7, k=0, z=9))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print(add.__name__, add.__defaults__, add.__kwdefaults__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
def kwdef(*, a=1, b):
    return a, b
print(kwdef(b=2), kwdef.__kwdefaults__)
def f(a, b=[]):
    pass
f.__defaults__ = (99,)
def g(a, b=1):
    return a, b
g.__defaults__ = (42,)
print(g(1))
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
y = lambda: (yield 1)
print(list(y()))
