# super() in special places: __init_subclass__, __new__, metaclass methods, __setattr__
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()
class Mid(Base):
    def __init_subclass__(cls, tag=None, **kw):
        print("Mid.__init_subclass__", cls.__name__, tag)
        super().__init_subclass__(**kw)
class Leaf(Mid, tag="t"):
    pass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(3).v)
class Tracked:
    def __setattr__(self, k, v):
        print("setattr", k)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        if k == "magic":
            return 42
        return super().__getattribute__(k)
t = Tracked()
t.a = 1
print(t.a, t.magic)
class A:
    def __init__(self):
        print("A init")
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
D()
class E(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
e = E()
e["x"] = 1
print(e["x"], dict(e))
class F(list):
    def __len__(self):
        return super().__len__() + 100
print(len(F([1, 2])))
