# Cycles through generators, exceptions and tracebacks.
import gc

gc.disable()
gc.collect()


log = []


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def holder(box, tag):
    yield box


box = []
g = holder(box, Tag("unstarted generator"))
box.append(g)
del g, box
print(log)
gc.collect()
print(log)


def running(box, tag):
    yield 1
    yield box


box = []
g = running(box, Tag("suspended generator"))
next(g)
box.append(g)
del g, box
gc.collect()
print(log)

# An exception stored in a local: exception -> traceback -> frame locals
# -> exception.
def fail():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return err


e = fail()
print(type(e).__name__, e.__traceback__ is not None)
del e
gc.collect()

saved = []
try:
    raise KeyError("k")
except KeyError as exc:
    saved.append(exc)
    exc.saved = saved
del saved
print("exception cycle:", gc.collect() > 0)

# A class that refers to itself through an instance in its namespace.
class Registry:
    pass


Registry.default = Registry()
del Registry
print("class cycle:", gc.collect() > 0)
print("clean:", gc.collect())
gc.enable()
