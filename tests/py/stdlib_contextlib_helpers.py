# contextlib's small helpers: suppress, nullcontext, closing,
# redirect_stdout / redirect_stderr, and the AbstractContextManager ABC.
from contextlib import (suppress, nullcontext, closing, redirect_stdout,
                        redirect_stderr, AbstractContextManager,
                        AbstractAsyncContextManager, contextmanager)
import io
import sys

with suppress(KeyError):
    {}["x"]
print("KeyError suppressed")
with suppress(LookupError):
    [][0]
print("IndexError suppressed by LookupError")
with suppress(ValueError, TypeError):
    int(None)
print("TypeError suppressed by a tuple")
with suppress():
    pass
try:
    with suppress():
        raise ValueError("nothing to suppress")
except ValueError as e:
    print("empty suppress:", e)
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
s = suppress(OSError)
with s:
    raise FileNotFoundError("f")
with s:
    pass
print("reusable", s.__exit__(None, None, None), s.__exit__(OSError, OSError(), None),
      s.__exit__(KeyError, KeyError(), None))

with nullcontext() as v:
    print("nullcontext gives", v)
with nullcontext(42) as v:
    print("nullcontext gives", v)
cm = nullcontext([1])
with cm as a, cm as b:
    print(a is b)
try:
    with nullcontext():
        raise KeyError("through")
except KeyError as e:
    print("nullcontext lets through", repr(e))


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name, r.closed)
print(r.closed)
try:
    with closing(Resource("r2")):
        raise ValueError("inside")
except ValueError as e:
    print("closed anyway then", e)


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


with closing(numbers()) as gen:
    print(next(gen))

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", 2)
    sys.stdout.write("written\n")
print(target is buf, repr(buf.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("to outer")
    with redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("reentrant")
print("stdout restored:", sys.stdout is sys.__stdout__)
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to stderr\n")
    print("via print", file=sys.stderr)
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
try:
    with redirect_stdout(io.StringIO()):
        raise RuntimeError("restored after error")
except RuntimeError as e:
    print(e, sys.stdout is sys.__stdout__)


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class NoExit:
    def __enter__(self):
        return self


class Derived(AbstractContextManager):
    def __exit__(self, *a):
        print("Derived exit")


print(isinstance(Manual(), AbstractContextManager), isinstance(NoExit(), AbstractContextManager))
print(issubclass(type(nullcontext()), AbstractContextManager), isinstance(suppress(), AbstractContextManager))
print(isinstance(open, AbstractContextManager), isinstance(io.StringIO(), AbstractContextManager))
with Derived() as d:
    print("default __enter__ returns self:", type(d).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print(e)


class Half(AbstractContextManager):
    pass


try:
    Half()
except TypeError as e:
    print(e)
print(isinstance(nullcontext(), AbstractAsyncContextManager), isinstance(Manual(), AbstractAsyncContextManager))


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


print(isinstance(AsyncOnly(), AbstractAsyncContextManager), isinstance(AsyncOnly(), AbstractContextManager))
print(AbstractContextManager[int], sorted(AbstractContextManager.__abstractmethods__))


@contextmanager
def cm_fn():
    yield


print(isinstance(cm_fn(), AbstractContextManager))
