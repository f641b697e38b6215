# Inline caches (LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD) must see
# every change: each function below runs its instruction many times so the
# cache is warm, then something changes and it runs again.
import builtins


def g_helper():
    return "global v1"


def call_helper():
    return g_helper()


def read_len(x):
    return len(x)


out = []
for _ in range(3):
    out.append(call_helper())
# Rebinding a global (same key, new value).
def g_helper():
    return "global v2"
out.append(call_helper())
# Deleting and re-adding it (layout change).
del g_helper
try:
    call_helper()
except NameError as e:
    out.append(str(e))
g_helper = lambda: "lambda v3"
out.append(call_helper())
print(out)

# Builtins: shadow with a global, then remove the global, then patch builtins.
print([read_len("abc") for _ in range(3)])
len = lambda x: "shadowed"
print(read_len("abc"))
del len
print(read_len("abcd"))
orig_len = builtins.len
builtins.len = lambda x: "patched builtin"
print(read_len("abcd"))
builtins.len = orig_len
print(read_len("abcde"))
# Many new globals (the globals dict grows and compacts) between calls.
for i in range(50):
    globals()["filler_%d" % i] = i
for i in range(0, 50, 2):
    del globals()["filler_%d" % i]
print(read_len("xy"), call_helper())

# Same code object, different globals (exec).
src = "def f():\n    return who\n"
g1 = {"who": "g1"}
g2 = {"who": "g2"}
exec(src, g1)
exec(src, g2)
print([g1["f"]() for _ in range(3)], [g2["f"]() for _ in range(3)], g1["f"]())
g1["who"] = "g1b"
print(g1["f"](), g2["f"]())


class P:
    kind = "class attr"

    def __init__(self, x):
        self.x = x

    def get(self):
        return "method get"


def read_x(o):
    return o.x


def read_kind(o):
    return o.kind


def call_get(o):
    return o.get()


def set_x(o, v):
    o.x = v


p = P(1)
q = P(2)
print([read_x(p) for _ in range(3)], read_x(q))
# Instance attribute shadowing a class attribute, and back.
print([read_kind(p) for _ in range(3)])
p.kind = "instance attr"
print(read_kind(p), read_kind(q))
del p.kind
print(read_kind(p))
# Method shadowed by an instance attribute.
print([call_get(p) for _ in range(3)])
p.get = lambda: "instance lambda"
print(call_get(p), call_get(q))
del p.get
print(call_get(p))
# Method replaced on the class.
P.get = lambda self: "patched method"
print(call_get(p), call_get(q))
# A data descriptor added to the class takes precedence over the dict.
for _ in range(3):
    set_x(p, 10)
print(read_x(p))
P.x = property(lambda self: "property wins", lambda self, v: out.append(("set", v)))
print(read_x(p))
set_x(p, 11)
print(out[-1], p.__dict__["x"])
del P.x
print(read_x(p))
set_x(p, 12)
print(read_x(p), p.__dict__)


# __getattribute__ / __setattr__ added after caching.
class Q:
    def __init__(self):
        self.a = 1

    def m(self):
        return "Q.m"


def read_a(o):
    return o.a


def set_a(o, v):
    o.a = v


def call_m(o):
    return o.m()


o = Q()
for _ in range(3):
    read_a(o), set_a(o, 2), call_m(o)
Q.__getattribute__ = lambda self, n: "hooked " + n
print(read_a(o), call_m.__name__)
try:
    call_m(o)
except TypeError as e:
    print("TypeError", e)
del Q.__getattribute__
print(read_a(o), call_m(o))
log = []
Q.__setattr__ = lambda self, n, v: log.append((n, v))
set_a(o, 3)
print(log, read_a(o))
del Q.__setattr__
set_a(o, 4)
print(read_a(o))


# Subclass and base-class changes (MRO lookups).
class Base:
    def who(self):
        return "Base.who"


class Sub(Base):
    pass


def call_who(o):
    return o.who()


s = Sub()
print([call_who(s) for _ in range(3)])
Sub.who = lambda self: "Sub.who"
print(call_who(s))
del Sub.who
Base.who = lambda self: "Base.who v2"
print(call_who(s))


# Non-data descriptor (function) on the class vs instance dict, and a
# custom data descriptor class that gains __set__ later.
class D:
    def __get__(self, obj, typ=None):
        return "D.__get__"


class R:
    d = D()


def read_d(o):
    return o.d


r = R()
r.__dict__["d"] = "instance dict"
print([read_d(r) for _ in range(3)])
D.__set__ = lambda self, obj, v: None
print(read_d(r))
del D.__set__
print(read_d(r))


# Classes created in a loop (fresh types at possibly reused addresses).
def make(i):
    class K:
        def __init__(self):
            self.v = i

        def val(self):
            return self.v * 10

    return K()


print([make(i).val() for i in range(5)])
print([read_x(P(i)) for i in range(3)])


# __slots__ classes and attribute errors keep their messages.
class S:
    __slots__ = ("a",)


def set_b(o):
    o.b = 1


sl = S()
for _ in range(2):
    try:
        set_b(sl)
    except AttributeError as e:
        print("AttributeError", e)
sl.a = 5
print(sl.a)
try:
    read_x(Q())
except AttributeError as e:
    print("AttributeError", e)


# Cached lookups keep reference counts balanced.
import sys


class Cnt:
    def __init__(self):
        self.val = object()

    def meth(self):
        return self.val


c = Cnt()
fn = Cnt.__dict__["meth"]
c.meth()
before = (sys.getrefcount(fn), sys.getrefcount(c.val), sys.getrefcount(c))
for _ in range(100):
    c.meth()
    c.val = c.val
after = (sys.getrefcount(fn), sys.getrefcount(c.val), sys.getrefcount(c))
print(before == after)
