# type(name, bases, ns) builds classes dynamically
def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "n": 1})
Sub = type("Sub", (Base,), {"n": 2, "__doc__": "a sub"})
s = Sub()
print(s.greet(), Sub.n, Base.n, Sub.__doc__)
print(Sub.__name__, Sub.__qualname__, [c.__name__ for c in Sub.__mro__])
print(type(Sub) is type, isinstance(s, Base))
print(type(5), type("x") is str)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
Empty = type("Empty", (object,), {})
print(Empty.__bases__, Empty().__class__.__name__)
WithInit = type("WithInit", (), {"__init__": lambda self, v: setattr(self, "v", v)})
print(WithInit(7).v)
M = type("M", (int,), {})
print(M(5) + 1, type(M(5)).__name__)
