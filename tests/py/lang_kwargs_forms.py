# keyword argument forms: **kwargs ordering, positional-only names in **kwargs
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2], c=0, **{"x": 1, "y": 2}))
def pos_only(a, b, /, **kw):
    return a, b, kw
print(pos_only(1, 2, a=3, b=4))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
def defaults(a, b=[], c={}):
    return b is defaults.__defaults__[0]
print(defaults(1))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(pos_only.__code__.co_posonlyargcount)
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
def varargs_only(*args):
    return args
print(varargs_only(), varargs_only(*range(3)))
def kwonly_defaults(*, a=1, b=2):
    return a, b
print(kwonly_defaults(b=5), kwonly_defaults.__kwdefaults__)
try:
    kwonly_defaults(1)
except TypeError as e:
    print(type(e).__name__, e)
def with_ann(a: int, b: "str" = "x", *args: float, **kw: bool) -> list:
    return []
print(sorted(with_ann.__annotations__.items()))
def order_ann(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass
print(order_ann.__annotations__)
