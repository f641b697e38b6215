# raise from, __context__, __suppress_context__, __cause__
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
try:
    implicit()
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def from_none():
    try:
        [][1]
    except IndexError:
        raise LookupError("clean") from None
try:
    from_none()
except LookupError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError("a") from 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as ex:
    print(repr(ex.__cause__))
def nested():
    try:
        raise A1("first")
    except Exception:
        try:
            raise A2("second")
        except Exception:
            raise A3("third")
class A1(Exception): pass
class A2(Exception): pass
class A3(Exception): pass
try:
    nested()
except A3 as ex:
    c = ex
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
except KeyError as ex:
    print("outer caught", ex, ex.__context__)
try:
    raise TypeError("t")
except TypeError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
def reraise():
    try:
        raise OSError("orig")
    except OSError:
        raise
try:
    reraise()
except OSError as ex:
    print("reraised", ex, ex.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as ex:
        raise ex from ex
except ValueError as ex:
    print(ex.__cause__ is ex)
