# Exception subclasses with attributes, __str__, args handling
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class Multi(Exception):
    pass
print(str(Multi()), str(Multi("a")), str(Multi("a", "b")), repr(Multi("a", 2)))
class KE(KeyError):
    pass
print(str(KE("k")), str(KeyError("k")), str(KE("a", "b")))
try:
    raise KE("key")
except LookupError as e:
    print("caught as LookupError", type(e).__name__, isinstance(e, KeyError))
class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
for cls in (Leaf, Mid, Base, Exception):
    try:
        raise cls("x")
    except Leaf:
        print("Leaf handler")
    except Mid:
        print("Mid handler")
    except Base:
        print("Base handler")
    except Exception:
        print("generic handler")
print(Leaf.__mro__[1:4])
e = AppError(1, "m")
e.extra = [1]
print(e.__dict__, e.with_traceback(None) is e)
class Ctor(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.made = True
        return inst
print(Ctor("a").made, Ctor("a").args)
try:
    raise Exception
except Exception as ex:
    print(repr(ex), ex.args)
try:
    raise 5
except TypeError as ex:
    print(type(ex).__name__, ex)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        pass
    except NotExc:
        pass
    raise ValueError
except TypeError as ex:
    print(type(ex).__name__, ex)
except ValueError:
    print("value error, handler class not checked without exception")
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as ex:
    print(type(ex).__name__, ex)
