# attribute errors on built-in objects and types
for action in (lambda: (1).foo, lambda: setattr(1, "x", 2), lambda: setattr(int, "x", 2),
               lambda: delattr(str, "upper"), lambda: [].nope, lambda: None.attr,
               lambda: setattr([], "append", 1), lambda: object().x,
               lambda: setattr(object(), "x", 1),
               lambda: getattr(1, "real").bad):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(1, "missing", "dflt"), hasattr([], "append"), hasattr(5, "__add__"))
try:
    getattr(1)
except TypeError as e:
    print(type(e).__name__, e)
import math
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
math.custom = 1
print(math.custom)
del math.custom
class K:
    pass
try:
    K.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del K.missing
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    pass
f.attr = "function attribute"
print(f.attr, f.__dict__)
try:
    f.nope
except AttributeError as e:
    print(type(e).__name__, e)
