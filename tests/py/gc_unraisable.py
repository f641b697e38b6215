# Errors in finalisers (__del__, a generator's finally run by close()) are
# "ignored": reported on sys.stderr as CPython's default unraisablehook
# does (the exception's own traceback, without its chain), and the program
# goes on.
import gc
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def take(self):
        text = "".join(self.parts)
        self.parts.clear()
        return text


def show(text):
    first, _, rest = text.partition("\n")
    print("|", first.split(" at 0x")[0])
    for line in rest.splitlines():
        print("|", line)


cap = Capture()
real_stderr = sys.stderr
sys.stderr = cap


class A:
    def __del__(self):
        try:
            raise KeyError(1)
        except KeyError:
            raise ValueError(2)


a = A()
del a
show(cap.take())

gc.disable()


def bad():
    me = yield
    try:
        yield 1
    finally:
        raise RuntimeError("boom in finally")


b = bad()
next(b)
b.send(b)
del b
gc.collect()
show(cap.take())


class Cyc:
    def __del__(self):
        raise OSError("from a cycle")


c = Cyc()
c.me = c
del c
gc.collect()
show(cap.take())

# A hook set by the program receives the report instead.
print(sys.unraisablehook is sys.__unraisablehook__)
seen = []


def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.object).__name__, u.exc_traceback is not None))


sys.unraisablehook = hook
a = A()
del a
b = bad()
next(b)
b.send(b)
del b
gc.collect()
for s in seen:
    print(s)
print(repr(cap.take()))


def failing_hook(u):
    raise LookupError("the hook failed")


sys.unraisablehook = failing_hook
a = A()
del a
show(cap.take())

# None: the default report again.
sys.unraisablehook = None
a = A()
del a
show(cap.take())
sys.unraisablehook = sys.__unraisablehook__
sys.stderr = real_stderr
print("program continues")
