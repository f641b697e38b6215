# private name mangling inside class bodies
class A:
    __secret = "a-secret"
    def __init__(self):
        self.__x = 1
        self._y = 2
    def get(self):
        return self.__x, A.__secret, self.__helper()
    def __helper(self):
        return "helped"
    def __dunder__(self):
        return "not mangled"
a = A()
print(a.get(), sorted(vars(a)), a._A__x, A._A__secret, a.__dunder__())
try:
    a.__x
except AttributeError as e:
    print(type(e).__name__, e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "b"
    def both(self):
        return self.__x, self._A__x
print(B().both(), sorted(vars(B())))
class _Under:
    def m(self):
        self.__v = 1
        return list(vars(self))
print(_Under().m())
class ___:
    def m(self):
        self.__v = 1
        return list(vars(self))
print(___().m())
class C:
    def f(self):
        __local = 5
        return [k for k in locals()]
    def g(self):
        return getattr(self, "__hidden", "not found"), hasattr(self, "_C__hidden")
    __hidden = 1
print(C().f(), C().g())
class D:
    import math as __m
    def use(self):
        return self.__m.floor(2.7)
print(D().use())
def outside():
    class E:
        __slots__ = ("__z",)
        def set(self):
            self.__z = 3
            return self._E__z
    return E().set(), E.__slots__
print(outside())
