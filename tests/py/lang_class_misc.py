# class creation details: __qualname__, __module__, __doc__, __init__ checks
class Outer:
    "Outer doc"
    class Inner:
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().f().__qualname__, Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(Outer.__name__, Outer.Inner.__name__, Outer.f.__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class Attrs:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
    del x
print(Attrs.y, Attrs.z, hasattr(Attrs, "x"))
print(repr(NoArgs())[:16], str(NoArgs()) == repr(NoArgs()) or "differs")
class S:
    def __repr__(self):
        return "S-repr"
print(str(S()), f"{S()}", [S()], "%s %r" % (S(), S()))
class Bases(Outer, Attrs):
    pass
print([b.__name__ for b in Bases.__bases__], Bases.__base__.__name__)
class Dyn:
    pass
Dyn.added = lambda self: "added later"
print(Dyn().added(), "added" in Dyn.__dict__)
print(isinstance(Dyn, type), isinstance(Dyn(), object), issubclass(Dyn, object), type(type))
try:
    class Dup(Dyn, Dyn): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BoolSub(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
