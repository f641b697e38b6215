# conditional and repeated definitions, functions as first-class values
import sys
if sys.version_info >= (3, 0):
    def version():
        return "py3"
else:
    def version():
        return "py2"
print(version())
def f():
    return 1
first = f
def f():
    return 2
print(first(), f(), first.__name__ == f.__name__, first is not f)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: fn(3, 4) for k, fn in ops.items()})
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(len, [1, 2]))
def outer(flag):
    if flag:
        def inner():
            return "branch one"
    else:
        def inner():
            return "branch two"
    return inner()
print(outer(True), outer(False))
def maybe_defined(flag):
    if flag:
        value = 1
    return value
try:
    maybe_defined(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
for i in range(2):
    class Dyn:
        idx = i
    print(Dyn.idx)
funcs = []
for i in range(3):
    def fn(i=i):
        return i * 10
    funcs.append(fn)
print([g() for g in funcs])
print(callable(f), callable(1), callable(type), callable(print))
def returns_none():
    pass
print(returns_none(), (lambda: None)())
