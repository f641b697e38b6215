# dir() with __dir__ on classes (metaclass) and modules' sorted contents
class Meta(type):
    def __dir__(cls):
        return ["custom_b", "custom_a"]
class C(metaclass=Meta):
    x = 1
print(dir(C))
print("x" in dir(C()), "__dict__" in dir(C()), "__module__" in dir(C()))
class Slots:
    __slots__ = ("p", "q")
s = Slots()
s.p = 1
print([n for n in dir(s) if not n.startswith("_")])
class Parent:
    def pm(self):
        pass
class Kid(Parent):
    def km(self):
        pass
print([n for n in dir(Kid) if not n.startswith("_")], [n for n in dir(Kid()) if not n.startswith("_")])
print(dir(None) == sorted(dir(None)), "__bool__" in dir(None))
print("__add__" in dir(1), "append" in dir(list), "keys" in dir({}))
def f():
    pass
f.attr = 1
print("attr" in dir(f), "__name__" in dir(f))
class Gen:
    def __dir__(self):
        yield "y"
        yield "x"
print(dir(Gen()))
class E(Exception): pass
class L(list): pass
class I(int): pass
class T(tuple): pass
class S: __slots__ = ()
class S2(S): pass
for c in (E, L, I, T, S, S2):
    print(c.__name__, '__weakref__' in dir(c), '__dict__' in dir(c), '__weakref__' in dir(c()), '__dict__' in dir(c()))
