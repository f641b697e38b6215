# contextlib's async side: asynccontextmanager, aclosing, AsyncExitStack,
# nullcontext with async with, and async managers used as decorators.
import asyncio
from contextlib import (asynccontextmanager, aclosing, AsyncExitStack,
                        nullcontext, AbstractAsyncContextManager)

log = []


@asynccontextmanager
async def session(name):
    """An async session."""
    log.append("open " + name)
    await asyncio.sleep(0)
    try:
        yield name + "!"
    finally:
        await asyncio.sleep(0)
        log.append("close " + name)


@asynccontextmanager
async def swallow(*types):
    try:
        yield
    except types as e:
        log.append("swallowed %r" % (e,))


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


class Conn:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append("aenter " + self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        log.append("aexit %s %s" % (self.name, typ.__name__ if typ else None))
        return False


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("ticker closed")


async def main():
    async with session("a") as s:
        log.append("body " + s)
    print(log)
    print(session.__name__, session.__doc__, isinstance(session("x"), AbstractAsyncContextManager))
    log.clear()

    try:
        async with session("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", repr(e), log)
    log.clear()

    async with swallow(KeyError):
        {}["k"]
    try:
        async with swallow(KeyError):
            1 / 0
    except ZeroDivisionError as e:
        print("not swallowed:", e, log)
    log.clear()

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    async with nullcontext("async null") as v:
        print(v)

    async with aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
    print(log)
    log.clear()

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(Conn("c1"))
        b = stack.enter_context(nullcontext("sync"))
        c = await stack.enter_async_context(session("s"))

        async def acb(x):
            log.append("async callback %s" % x)
        stack.push_async_callback(acb, 1)
        stack.callback(log.append, "sync callback")

        async def aexit(typ, val, tb):
            log.append("push_async_exit %s" % typ)
        stack.push_async_exit(aexit)
        stack.push_async_exit(Conn("pushed"))
        print(a, b, c)
    for line in log:
        print(" ", line)
    log.clear()

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Conn("c2"))
            await stack.enter_async_context(swallow(TypeError))
            raise TypeError("suppressed by swallow")
        print("suppressed", log)
    except TypeError:
        print("not suppressed")
    log.clear()

    async def raise_async(exc):
        raise exc

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raise_async, IndexError("first"))
            stack.push_async_callback(raise_async, KeyError("second"))
            raise ValueError("body")
    except IndexError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

    stack = AsyncExitStack()
    await stack.enter_async_context(Conn("c3"))
    moved = stack.pop_all()
    await stack.aclose()
    print("after aclose of emptied stack", log)
    await moved.aclose()
    print(log)
    log.clear()

    try:
        await AsyncExitStack().enter_async_context(nullcontext.__new__(object))
    except TypeError as e:
        print(e)

    @session("deco")
    async def decorated(x):
        log.append("decorated %s" % x)
        return x + 1

    print(await decorated(1), await decorated(2))
    print(log)


asyncio.run(main())
