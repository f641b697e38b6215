# exception objects: args, with_traceback, attribute-less str, KeyError repr
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
e.args = ("changed",)
print(str(e), repr(e))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))
print(str(IndexError()), repr(IndexError()), str(Exception(None)), repr(Exception(None)))
try:
    raise ValueError("tb")
except ValueError as ex:
    tb = ex.__traceback__
    ex2 = RuntimeError("new").with_traceback(tb)
    print(ex2.__traceback__ is tb)
class E(Exception):
    def __init__(self):
        super().__init__("fixed", "args")
print(E().args, str(E()))
print(isinstance(E(), BaseException), E.__name__, E.__bases__[0].__name__)
ex = Exception()
ex.custom = "attr"
print(ex.custom, vars(ex))
try:
    BaseException.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
n = NameError("msg")
print(n.args, getattr(n, "name", "no name attr"))
a = AttributeError("m")
print(a.args)
print(ImportError("x", name="mod").name, ImportError("x").path)
