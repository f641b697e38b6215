# sys.exc_info() and exception state across handlers
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    raise TypeError("seen by callee")
except TypeError:
    print(repr(helper()))
def gen():
    yield sys.exc_info()[0]
try:
    raise OSError
except OSError:
    g = gen()
    print(next(g))
try:
    raise IndexError("i")
except IndexError as e:
    pass
try:
    e
except NameError as ne:
    print(type(ne).__name__, ne)
x = "before"
try:
    raise ValueError
except ValueError as x:
    pass
print("x" in dir())
print(sys.exception() if hasattr(sys, "exception") else "no sys.exception")
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    try:
        raise
    except ZeroDivisionError as e2:
        print("bare raise re-raised", e2)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
