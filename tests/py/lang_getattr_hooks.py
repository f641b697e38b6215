# __getattr__, __getattribute__, __setattr__, __delattr__
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.dyn_hello, getattr(l, "dyn_x"), hasattr(l, "nope"))
try:
    l.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
lg = Logged()
print(lg.a, lg.secret)
try:
    lg.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr:" + name
print(Both().boom, Both().other)

class Guard:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)
g = Guard()
g.x = 1
g.keep = 2
del g.x
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
print(g.log, hasattr(g, "x"), g.keep)

class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Frozen, "cls_attr", 1)
print(Frozen.cls_attr)

class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, n):
        return getattr(self._t, n)
pr = Proxy([3, 1, 2])
pr.sort()
print(pr._t, pr.count(1))

class Count:
    calls = 0
    def __getattribute__(self, n):
        type(self).calls += 1
        return object.__getattribute__(self, n)
c = Count()
c.x = 1
_ = c.x
_ = c.x
print(Count.calls)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(c, "nope", "default"))
