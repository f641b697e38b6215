# descriptor protocol: data vs non-data precedence
class Data:
    def __get__(self, obj, t=None):
        return "data-get"
    def __set__(self, obj, v):
        obj.__dict__["seen"] = v
class NonData:
    def __get__(self, obj, t=None):
        return ("nondata-get", obj is None, t.__name__)
class Del:
    def __get__(self, obj, t=None):
        return "del-get"
    def __delete__(self, obj):
        print("deleting via descriptor")

class C:
    d = Data()
    n = NonData()
    x = Del()

c = C()
c.__dict__["d"] = "instance-d"
c.__dict__["n"] = "instance-n"
print(c.d, c.n)
print(C.n)
c.d = 5
print(c.__dict__["seen"])
del c.x
try:
    c.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(c.x)
c.__dict__["x"] = "shadow"
print(c.x)

class Ro:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class K:
    r = Ro()
k = K()
try:
    k.r = 2
except AttributeError as e:
    print(type(e).__name__, e)

class Meth:
    def f(self):
        return self
m = Meth()
bm = m.f
print(bm.__self__ is m, bm.__func__ is Meth.__dict__["f"], Meth.f(1))
print(Meth.__dict__["f"].__get__(m, Meth)() is m)

class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.name = None
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = v
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age = 3
p.name = "ann"
print(p.age, p.name)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.age).__name__)

class GetOnly:
    def __get__(self, obj, t):
        return "class-level" if obj is None else "inst-level"
class U:
    g = GetOnly()
print(U.g, U().g)
