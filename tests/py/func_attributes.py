def f(a, b=1):
    """Docstring here."""
    return a
print(f.__name__, f.__doc__)
print(f.__defaults__)
f.custom = 42
print(f.custom)
def g():
    pass
print(g.__doc__)
print(type(f).__name__)
lam = lambda: 0
print(lam.__name__)
class C:
    def m(self):
        return 1
print(C.m.__name__, C().m.__name__, C.m.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
