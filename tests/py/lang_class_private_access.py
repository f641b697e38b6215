# mangled names through getattr/setattr/hasattr strings and nested classes
class Outer:
    __hidden = "outer-hidden"
    class Inner:
        __hidden = "inner-hidden"
        def get(self):
            return self.__hidden
    def get(self):
        return self.__hidden, getattr(self, "_Outer__hidden"), hasattr(self, "__hidden")
print(Outer().get(), Outer.Inner().get())
print(sorted(k for k in vars(Outer) if "hidden" in k), sorted(k for k in vars(Outer.Inner) if "hidden" in k))
class Setter:
    def set(self):
        setattr(self, "__direct", 1)
        self.__mangled = 2
        return sorted(vars(self))
print(Setter().set())
class UsesGlobal:
    def read(self):
        return __module_level_private
__module_level_private = "module value"
try:
    print(UsesGlobal().read())
except NameError as e:
    print(type(e).__name__, e)
_UsesGlobal__module_level_private = "mangled global"
print(UsesGlobal().read())
class Kw:
    def call(self):
        def f(**kw):
            return kw
        return f(__x=1)
print(Kw().call())
class Lambda:
    __v = 5
    get = lambda self: self.__v
print(Lambda().get())
class Comp:
    __items = [1, 2]
    def total(self):
        return sum(x for x in self.__items)
print(Comp().total())
class C:
    def m(self, __a=2, *, __k=1):
        return __a, __k
    def n(self, __p):
        return __p
print(C().m(), C.m.__kwdefaults__, C().n(5), C.m.__code__.co_varnames)
try:
    C().n(__p=1)
except TypeError as e:
    print(e)
