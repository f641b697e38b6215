def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], c=0, **{'d': 9, 'z': 1}))
args = (10,)
kwargs = {'c': 20}
print(f(*args, **kwargs))
def g(x, /, y):
    return x - y
print(g(5, y=2), g(5, 2))
print((lambda: 'called')())
print(print is print, len([f, g]))
def h():
    return h
print(h()()() is h)
