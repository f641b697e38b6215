# issubclass details: tuples, __subclasscheck__, __subclasshook__-free ABC-like checks
class Meta(type):
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
class Cat:
    pass
print(issubclass(Mallard, Duck), issubclass(Cat, Duck), issubclass(Mallard, (Cat, Duck)))
print(isinstance(Mallard(), Duck))
class Meta2(type):
    def __instancecheck__(cls, obj):
        return True
class Anything(metaclass=Meta2):
    pass
print(isinstance(1, Anything), isinstance(None, Anything), issubclass(int, Anything))
try:
    issubclass(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(bool, int), issubclass(int, bool), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(Meta, type))
class A: pass
class B(A): pass
class C(B): pass
print([issubclass(C, k) for k in (A, B, C, object)], C.__mro__ == (C, B, A, object))
print(issubclass(C, (int, (str, A))))
