"""contextlib: helpers for the `with` and `async with` statements.

Gilt's own implementation, matching CPython 3.11's observable behaviour:
generator-based managers (contextmanager, asynccontextmanager), the small
ready-made managers (closing, aclosing, suppress, nullcontext, chdir,
redirect_stdout, redirect_stderr), the dynamic stacks ExitStack and
AsyncExitStack, ContextDecorator and the two abstract base classes.
"""

import abc
import sys
from functools import wraps
from types import GenericAlias, MethodType

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
    "suppress", "aclosing", "chdir",
]


# --- abstract base classes ------------------------------------------------

def _structural_hook(cls, other):
    # Only the ABC itself recognises classes by their methods; subclasses of
    # it fall back to ordinary subclass checks.
    wanted = cls.__dict__.get("_protocol_methods")
    if wanted is None:
        return NotImplemented
    mro = other.__mro__
    for name in wanted:
        owner = next((k for k in mro if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a `with` statement."""

    _protocol_methods = ("__enter__", "__exit__")
    __class_getitem__ = classmethod(GenericAlias)
    __subclasshook__ = classmethod(_structural_hook)

    def __enter__(self):
        """Entering gives the manager itself by default."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an `async with` statement."""

    _protocol_methods = ("__aenter__", "__aexit__")
    __class_getitem__ = classmethod(GenericAlias)
    __subclasshook__ = classmethod(_structural_hook)

    async def __aenter__(self):
        """Entering gives the manager itself by default."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None


# --- managers as decorators -----------------------------------------------

class ContextDecorator(object):
    """Mixin for context managers: an instance used as a decorator runs
    every call of the decorated function inside the context."""

    def __call__(self, func):
        @wraps(func)
        def call_within(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return call_within

    def _recreate_cm(self):
        """The manager to use for one call; one-shot managers override this."""
        return self


class AsyncContextDecorator(object):
    """Async counterpart of ContextDecorator, for coroutine functions."""

    def __call__(self, func):
        @wraps(func)
        async def call_within(*args, **kwargs):
            async with self._recreate_cm():
                return await func(*args, **kwargs)
        return call_within

    def _recreate_cm(self):
        """The manager to use for one call; one-shot managers override this."""
        return self


# --- generator-based managers ---------------------------------------------

def _throw_verdict(raised, sent, tb, finished, wrapped):
    """Classify what gen.throw(sent) raised: False lets `sent` propagate,
    True swallows it, None means `raised` is a new error to re-raise.
    `finished` is the exception a generator ends with; `wrapped` are those
    it turns into RuntimeError (PEP 479)."""
    if isinstance(raised, finished) and raised is not sent:
        return True        # the generator caught it and returned
    if raised is sent:
        raised.__traceback__ = tb
        return False
    if (isinstance(raised, RuntimeError) and raised.__cause__ is sent
            and isinstance(sent, wrapped)):
        sent.__traceback__ = tb
        return False
    return None


class _GeneratorCMBase:
    """State shared by the sync and async generator managers."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Once entered, the manager can no longer be recreated or re-entered.
        del self.func, self.args, self.kwds


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager,
                               ContextDecorator):
    """Manager made by a @contextmanager function."""

    def __enter__(self):
        self._forget_recipe()
        try:
            value = next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return value

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            problem = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                gen.throw(typ, value, traceback)
            except BaseException as raised:
                verdict = _throw_verdict(raised, value, traceback,
                                         StopIteration, StopIteration)
                if verdict is None:
                    raise
                return verdict
            problem = "generator didn't stop after throw()"
        # The generator yielded again.
        try:
            raise RuntimeError(problem)
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorCMBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Manager made by an @asynccontextmanager function."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            value = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return value

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            problem = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                await gen.athrow(typ, value, traceback)
            except BaseException as raised:
                verdict = _throw_verdict(raised, value, traceback,
                                         StopAsyncIteration,
                                         (StopIteration, StopAsyncIteration))
                if verdict is None:
                    raise
                return verdict
            problem = "generator didn't stop after athrow()"
        try:
            raise RuntimeError(problem)
        finally:
            await gen.aclose()


def _manager_factory(func, manager_type):
    @wraps(func)
    def helper(*args, **kwds):
        return manager_type(func, args, kwds)
    return helper


def contextmanager(func):
    """Decorator turning a generator function into a context manager
    factory.  The generator must yield exactly once: the yielded value is
    bound by `as`, the with body runs at the yield, and an exception from
    the body is raised at the yield so the generator can handle it."""
    return _manager_factory(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """Like contextmanager, for an async generator function; the result
    is used with `async with`."""
    return _manager_factory(func, _AsyncGeneratorContextManager)


# --- small ready-made managers ----------------------------------------------

class closing(AbstractContextManager):
    """Give `thing` to the with block and call thing.close() afterwards,
    whether or not the block failed."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Async counterpart of closing: awaits thing.aclose() at the end of
    the block (useful for async generators)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class _RedirectStream(AbstractContextManager):
    """Swap the sys attribute named by `_stream` for the block."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []        # a stack, so the manager can be re-entered

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object for the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) raised
    in the block; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        # issubclass rather than an except clause, so ABCs work too.
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing but hand out `enter_result`; a
    stand-in where a real manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *exc):
        return None

    async def __aexit__(self, *exc):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


class chdir(AbstractContextManager):
    """Make `path` the working directory for the block, then go back.
    The working directory is process-wide: not thread-safe."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []      # a stack, so the manager can be re-entered

    def __exit__(self, *exc):
        import os
        os.chdir(self._old_cwd.pop())

    def __enter__(self):
        import os
        here = os.getcwd()
        os.chdir(self.path)
        self._old_cwd.append(here)


# --- exit stacks -------------------------------------------------------------

def _protocol_methods(cm, enter_name, exit_name, kind):
    cls = type(cm)
    try:
        return getattr(cls, enter_name), getattr(cls, exit_name)
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the {kind}context manager protocol"
                        ) from None


def _relink(exc, given, ambient):
    """Make the __context__ chain of `exc` end at `given` (what the failing
    callback was told about) rather than at `ambient` (what was being
    handled around the stack), as nested with statements would."""
    node = exc
    while True:
        nxt = node.__context__
        if nxt is None or nxt is given:
            return
        if nxt is ambient:
            node.__context__ = given
            return
        node = nxt


class _Unwinding:
    """Bookkeeping for one pass over the callbacks of an exit stack."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.had_exception = exc_details[0] is not None
        self.ambient = sys.exc_info()[1]
        self.swallowed = False
        self.failed = False

    def returned(self, result):
        if result:
            self.details = (None, None, None)
            self.swallowed, self.failed = True, False

    def raised(self, exc):
        _relink(exc, self.details[1], self.ambient)
        self.details = (type(exc), exc, exc.__traceback__)
        self.failed = True

    def result(self):
        return self.had_exception and self.swallowed


class _BaseExitStack:
    """What ExitStack and AsyncExitStack have in common."""

    def __init__(self):
        # (is_sync, callback) pairs; the last one runs first.
        self._exit_callbacks = []

    def _add(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return heir

    def push(self, exit):
        """Register an __exit__-style callback, or the __exit__ of an object
        that has one; it may suppress exceptions.  Returns `exit`."""
        method = getattr(type(exit), "__exit__", None)
        self._add(exit if method is None else MethodType(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter `cm`, schedule its __exit__, and return what __enter__ gave."""
        enter, leave = _protocol_methods(cm, "__enter__", "__exit__", "")
        result = enter(cm)
        self._add(MethodType(leave, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds); it cannot suppress exceptions.
        Returns `callback`, so this works as a decorator."""
        def run(exc_type, exc, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._add(run)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding a stack of exit callbacks, run last-in
    first-out when the with block ends, as if they were nested withs."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        pending = self._exit_callbacks
        while pending:
            cb = pending.pop()[1]
            try:
                outcome = cb(*state.details)
            except BaseException as exc:
                state.raised(exc)
            else:
                state.returned(outcome)
        if state.failed:
            err = state.details[1]
            chain = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = chain   # undo what raising just set
                raise
        return state.result()

    def close(self):
        """Run all callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes async managers and coroutine
    callbacks, which are awaited while unwinding."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        pending = self._exit_callbacks
        while pending:
            is_sync, cb = pending.pop()
            try:
                outcome = cb(*state.details)
                if not is_sync:
                    outcome = await outcome
            except BaseException as exc:
                state.raised(exc)
            else:
                state.returned(outcome)
        if state.failed:
            err = state.details[1]
            chain = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = chain   # undo what raising just set
                raise
        return state.result()

    async def aclose(self):
        """Run all callbacks now."""
        await self.__aexit__(None, None, None)

    async def enter_async_context(self, cm):
        """Enter async manager `cm`, schedule its __aexit__, and return
        what __aenter__ gave."""
        enter, leave = _protocol_methods(cm, "__aenter__", "__aexit__",
                                         "asynchronous ")
        result = await enter(cm)
        self._add(MethodType(leave, cm), False)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-style coroutine function, or the __aexit__
        of an object that has one.  Returns `exit`."""
        method = getattr(type(exit), "__aexit__", None)
        self._add(exit if method is None else MethodType(method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule `await callback(*args, **kwds)`; it cannot suppress
        exceptions.  Returns `callback`."""
        async def run(exc_type, exc, tb):
            await callback(*args, **kwds)
        run.__wrapped__ = callback
        self._add(run, False)
        return callback
