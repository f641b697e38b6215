# contextlib.ExitStack: enter_context, push, callback, pop_all, close, the
# order callbacks run in, suppression, and the exception context chain.
from contextlib import ExitStack, contextmanager, suppress, nullcontext
import sys


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val) if val else "")
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    print("inside", names)
print()

with ExitStack() as stack:
    stack.callback(print, "callback", 1, sep="-")
    stack.enter_context(Res("r"))

    @stack.callback
    def done():
        print("decorated callback")
    print(done.__name__)

    def exit_fn(typ, val, tb):
        print("pushed exit", typ)
    print(stack.push(exit_fn) is exit_fn)
    stack.push(Res("pushed-cm"))
print()

# Suppression: a later (inner) callback that suppresses hides the exception
# from the earlier ones.
with ExitStack() as stack:
    stack.enter_context(Res("outer"))
    stack.enter_context(Res("inner", suppress=True))
    raise ValueError("hidden")
print("continued after suppression")
print()

# pop_all moves the callbacks to a new stack.
with ExitStack() as stack:
    stack.enter_context(Res("kept"))
    saved = stack.pop_all()
print("popped stack not yet closed")
saved.close()
print(type(saved).__name__, len(saved._exit_callbacks))
print()


# Exceptions raised by callbacks chain like nested with statements.
def raise_exc(exc):
    raise exc


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError("first"))
        stack.callback(raise_exc, KeyError("second"))
        raise ValueError("body")
except IndexError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print("chain:", chain)

try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError("only"))
except IndexError as e:
    print("no body exception:", repr(e), e.__context__)

# A callback exception that is then suppressed by an earlier callback.
with ExitStack() as stack:
    stack.enter_context(suppress(KeyError))
    stack.callback(raise_exc, KeyError("suppressed later"))
print("suppressed callback exception")


# An exception raised from inside an enter_context() call.
@contextmanager
def failing_enter():
    raise RuntimeError("cannot enter")
    yield


try:
    with ExitStack() as stack:
        stack.enter_context(Res("before"))
        stack.enter_context(failing_enter())
        print("not reached")
except RuntimeError as e:
    print("enter failed:", e)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)


class NotCM:
    pass


try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print(e)

# close() unwinds right away; the stack is then empty and reusable.
stack = ExitStack()
stack.callback(print, "closed")
stack.close()
stack.close()
print(stack.enter_context(nullcontext(5)))
stack.close()


# Nested exit-stack inside a contextmanager, exceptions suppressed by __exit__
# return True from the with statement.
class Counting(ExitStack):
    def __exit__(self, *exc):
        r = super().__exit__(*exc)
        print("Counting result", r)
        return r


with Counting() as s:
    s.enter_context(suppress(ZeroDivisionError))
    1 / 0
with Counting() as s:
    pass


# Exception context seen by callbacks matches nested with statements.
def show_context(typ, val, tb):
    print("callback sees", repr(val), "exc_info:", repr(sys.exc_info()[1]))


try:
    with ExitStack() as stack:
        stack.push(show_context)
        stack.callback(raise_exc, TypeError("t"))
except TypeError as e:
    print("final", repr(e), repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.push(show_context)
        raise OSError("io")
except OSError as e:
    print("final", repr(e), e.__context__)

# Handled exception outside the stack: it ends the context chain.
try:
    raise LookupError("outer")
except LookupError:
    try:
        with ExitStack() as stack:
            stack.callback(raise_exc, ValueError("v1"))
            stack.callback(raise_exc, TypeError("t1"))
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
