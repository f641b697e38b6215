# __prepare__ returning a custom mapping, ordering of class namespace
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Form(metaclass=Meta):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    middle = 3
print(Form.field_order)
print([k for k in Form.__dict__ if not k.startswith("__")])
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate " + k)
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return NoDup()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
try:
    class Twice(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)
class Fine(metaclass=Strict):
    a = 1
    b = 2
print(Fine.a, Fine.b)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("n", ()), type(type.__prepare__()).__name__)
