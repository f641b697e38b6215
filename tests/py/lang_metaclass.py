# metaclasses: __new__, __init__, __call__, __prepare__
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst

class A(metaclass=Meta, tag="T"):
    x = 1
    def __init__(self, v):
        self.v = v

a = A(3)
for entry in log:
    print(entry)
print(a.v, a.made_by_meta, A.tag, A.injected, type(A).__name__)

class B(A):
    pass
print(type(B).__name__, B.tag)
b = B(4)
print(b.v, log[-1])

class Registry(type):
    classes = []
    def __new__(m, name, bases, ns):
        c = super().__new__(m, name, bases, ns)
        Registry.classes.append(name)
        return c
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, x):
        self.x = x
print(One(1) is One(2), One(3).x)

class MetaAttr(type):
    def meta_method(cls):
        return "meta:" + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Q(metaclass=MetaAttr): pass
print(Q.meta_method(), Q.upper_name, hasattr(Q(), "meta_method"))

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)

def func_meta(name, bases, ns):
    return "made " + name
class NotAClass(metaclass=func_meta):
    pass
print(NotAClass)
