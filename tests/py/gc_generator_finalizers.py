# A generator suspended inside try/finally or with, and reachable only
# through a reference cycle, is closed by the cycle collector: its finally
# block and __exit__ run once, as in CPython, and gc.collect() counts what
# was still cyclic after that.
import gc

gc.disable()
gc.collect()


def selfref(tag):
    me = yield
    try:
        yield 1
    finally:
        print("finally ran:", tag, me is not None)


g = selfref("generator in its own cycle")
next(g)
g.send(g)
del g
print("collect ->", gc.collect())


class Node:
    pass


n = Node()
n.me = n
n.g = selfref("generator held by a cycle")
next(n.g)
n.g.send(None)
del n
# (The exact count here depends on whether the instance's __dict__ is an
# object of its own, which differs between implementations.)
print("collect > 0:", gc.collect() > 0)


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def with_gen(box):
    with Ctx("in generator"):
        yield box


def plain(box):
    yield box


def in_list_cycle(make):
    """Starts make(box) and leaves it in a cycle: box holds the generator,
    whose frame holds box."""
    box = []
    g = make(box)
    next(g)
    box.append(g)


for make in (with_gen, plain):
    in_list_cycle(make)
    print("collect ->", gc.collect())

# Finalised once: collecting again finds nothing and prints nothing.
print("collect ->", gc.collect())


def counted(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")


log = []
ring = [counted(log)]
ring.append(ring)
next(ring[0])
del ring
gc.collect()
print(log)
