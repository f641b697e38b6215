# __set_name__ on descriptors and plain attributes
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()
    def __init__(self, a):
        self.first = a

m = Model(10)
print(m.first, m.second, Model.first.name, m.__dict__)
m.second = "two"
print(m.second)

class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))

class Plain:
    def __set_name__(self, owner, name):
        print("plain set_name", name)
class Holder:
    a = Plain()
    b = a

T = type("T", (), {"z": Field()})
print(T.z.name)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class H:
        bad = Boom()
except Exception as e:
    print(type(e).__name__, e)
