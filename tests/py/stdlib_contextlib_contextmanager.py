# contextlib.contextmanager: values, cleanup, and which exceptions the
# generator lets through, suppresses, replaces or turns into RuntimeError.
from contextlib import contextmanager, ContextDecorator, AbstractContextManager
import sys

log = []


@contextmanager
def tag(name):
    """Wraps output in <name> tags."""
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)


with tag("b") as t:
    log.append(t)
print(log)
print(tag.__name__, tag.__doc__, tag("x").__doc__)
cm = tag("i")
print(isinstance(cm, AbstractContextManager), type(cm).__name__)

log.clear()
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", repr(e), log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", repr(e))


with swallow(KeyError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__), type(e.__context__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields() as v:
        print("body", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield "again"


try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)


# A StopIteration raised in the body propagates; one the generator raises
# itself is a RuntimeError by PEP 479.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration propagated:", e)


@contextmanager
def reraise_stop():
    try:
        yield
    except StopIteration as e:
        raise


try:
    with reraise_stop():
        raise StopIteration("again")
except StopIteration as e:
    print("StopIteration re-raised:", e)
except RuntimeError as e:
    print("RuntimeError:", e)


def bad_iter():
    it = iter([])
    @contextmanager
    def inner():
        yield
        next(it)
    return inner()


try:
    with bad_iter():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# A generator that swallows GeneratorExit while the manager exits normally.
@contextmanager
def exit_cleanup():
    try:
        yield "r"
    finally:
        print("cleanup ran")


with exit_cleanup() as r:
    print("got", r)


# The exception passed through keeps its traceback pointing at the body.
def raiser():
    raise KeyError("k")


try:
    with plain():
        raiser()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)


# Used as a decorator, a new manager is made for every call.
@tag("call")
def work(x):
    log.append("work %s" % x)
    return x * 2


log.clear()
print(work(1), work(2), log)
print(work.__name__)


class Timer(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


@Timer("deco")
def compute(a, b=1):
    """Adds."""
    return a + b


print(compute(2, b=3), compute.__name__, compute.__doc__)


@Timer("fails")
def fails():
    raise OSError("nope")


try:
    fails()
except OSError as e:
    print("OSError:", e)

with Timer("direct") as tm:
    print(tm.name)

# Reusing a one-shot manager.
cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)

# Arguments reach the generator.
@contextmanager
def args_cm(a, *rest, key=None):
    yield (a, rest, key)


with args_cm(1, 2, 3, key="k") as got:
    print(got)

# Exceptions given as a class (value None) to __exit__ directly.
m = swallow(TypeError)
m.__enter__()
print(m.__exit__(TypeError, None, None))
m = plain()
m.__enter__()
print(m.__exit__(None, None, None))
m = plain()
m.__enter__()
print(m.__exit__(ValueError, ValueError("v"), None))
print(sys.exc_info())
