# __instancecheck__ / __subclasscheck__ on metaclasses, isinstance with tuples
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith("Pos")
class Positive(metaclass=Meta):
    pass
class PosThing:
    pass
print(isinstance(5, Positive), isinstance(-1, Positive), isinstance("x", Positive))
print(issubclass(PosThing, Positive), issubclass(int, Positive))
print(isinstance(3, (str, Positive)), isinstance(3, (str, (bytes, int))))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Duck:
    __class__ = int
print(isinstance(Duck(), int), type(Duck()).__name__)
print(isinstance(True, int), issubclass(bool, (str, int)), issubclass(int, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (B,)))
print(object in B.__mro__)
class Iterable(type):
    def __iter__(cls):
        return iter(["m", "n"])
    def __len__(cls):
        return 2
    def __getitem__(cls, k):
        return k * 2
class Enumish(metaclass=Iterable):
    pass
print(list(Enumish), len(Enumish), Enumish[3])
