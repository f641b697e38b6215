# with statement details: exit args, return value truthiness, exceptions in enter
class Tracker:
    def __init__(self, name, ret=None, fail_enter=False):
        self.name, self.ret, self.fail_enter = name, ret, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        print("enter", self.name)
        return self
    def __exit__(self, *args):
        print("exit", self.name, [type(a).__name__ for a in args])
        return self.ret
with Tracker("plain"):
    pass
with Tracker("truthy", ret="yes"):
    raise ValueError
with Tracker("zero", ret=0) if False else Tracker("alt", ret=[1]):
    raise KeyError
try:
    with Tracker("outer"), Tracker("bad", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print(type(e).__name__, e)
def gen_with():
    with Tracker("in-gen"):
        yield 1
        yield 2
for v in gen_with():
    print("yielded", v)
g = gen_with()
next(g)
g.close()
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        print(a, b)
print(Reentrant.depth)
with Tracker("tuple-target") as (t):
    print(t.name)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (x, y):
    print(x + y)
d = {}
with Pair() as d["k"]:
    pass
print(d)
