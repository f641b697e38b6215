# generator introspection: gi_code, gi_yieldfrom, gi_suspended, gi_running
def g():
    yield 1
x = g()
print(x.gi_code.co_name, x.gi_yieldfrom, x.__name__, x.__qualname__)
def outer():
    yield from g()
o = outer(); next(o)
print(type(o.gi_yieldfrom).__name__)
print(g.__code__.co_firstlineno, g.__code__.co_filename.endswith("probe4.py"))
list(x)
print(x.gi_code.co_name, x.gi_suspended, x.gi_running, x.gi_yieldfrom)
y = g()
print(y.gi_suspended)
next(y)
print(y.gi_suspended)
