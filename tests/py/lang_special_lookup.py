# special methods are looked up on the type, not the instance
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__add__ = lambda o: "instance add"
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, o: "class add"
print(d + 1)
D.__repr__ = lambda self: "patched repr"
print(repr(d), str(d), [d])
D.__eq__ = lambda self, o: True
print(d == 5)
D.__iter__ = lambda self: iter([1, 2])
print(list(d))
D.__getitem__ = lambda self, k: k * 2
print(d[21])
D.__call__ = lambda self, *a: ("called", a)
print(d(1))
D.__bool__ = lambda self: False
print(bool(d), "falsy" if not d else "truthy")
del D.__bool__
print(bool(d))
D.__hash__ = lambda self: 7
print(hash(d))
class E:
    __len__ = len
try:
    len(E())
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 5
        raise AttributeError(name)
try:
    len(F())
except TypeError as e:
    print(type(e).__name__, e)
print(F().__len__())
