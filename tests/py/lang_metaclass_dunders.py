# metaclass dunders on classes (repr/len/bool/call), __class__ of a class, __getattr__ errors
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __len__(cls): return 3
    def __bool__(cls): return False
    def __call__(cls, *a, **k):
        return "no instance"
class C(metaclass=Meta): pass
print(repr(C), len(C), bool(C), C(), [C], str(C))
print(type(C).__name__, C.__class__ is Meta, isinstance(C, Meta))
class D(C): pass
print(repr(D), type(D) is Meta)
M2 = Meta("M2", (), {})
print(M2, type(M2))
class E:
    @staticmethod
    def __new__(cls, *a):
        return object.__new__(cls)
print(type(E()).__name__)
class F:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    F().x
except KeyError as e:
    print("KeyError propagated", e)
try:
    hasattr(F(), "x")
except KeyError as e:
    print("hasattr propagates", e)
print(getattr(F, "nope", "cls-default"))
class G:
    x = 1
g = G()
print(g.__class__.__dict__["x"], G.__dict__.get("y"), "x" in G.__dict__, len([k for k in G.__dict__]) > 0)
