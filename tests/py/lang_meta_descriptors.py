# attribute lookup on classes: metaclass data descriptors vs class attributes
class Meta(type):
    @property
    def data(cls):
        return "meta-property"
    def meth(cls):
        return "meta-method"
    plain = "meta-plain"
class C(metaclass=Meta):
    data = "class-data"
    plain = "class-plain"
print(C.data, C.plain, C.meth(), C().data)
try:
    C().meth
except AttributeError as e:
    print(type(e).__name__, e)
class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class K:
    d = Desc()
print(K.d, K().d)
class MetaSet(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    def __getattr__(cls, name):
        return "meta-getattr:" + name
class S(metaclass=MetaSet):
    pass
S.x = 1
print(S.x, S.missing)
class CM:
    @classmethod
    def make(cls):
        return cls.__name__
    @classmethod
    @property
    def cprop(cls):
        return "class property " + cls.__name__
class Sub(CM):
    pass
print(Sub.make(), Sub().make(), CM.__dict__["make"].__get__(None, Sub)())
print(Sub.cprop)
