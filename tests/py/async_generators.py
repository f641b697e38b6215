# Asynchronous generators: async def with yield.

class Pause:
    def __await__(self):
        yield "pause"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def ticker(n):
    for i in range(n):
        await Pause()
        yield i
    print("  ticker exhausted")


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            await Pause()
            received.append(v)
            print("  echo got", v)
    except GeneratorExit:
        print("  echo closing with", received)
        raise
    finally:
        print("  echo finally")


async def main():
    g = ticker(3)
    print(type(g).__name__, g.__name__, repr(g).startswith("<async_generator object ticker at"))
    async for v in g:
        print("tick", v)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted again")

    e = echo()
    print("first", await e.__anext__())
    print("sent a ->", await e.asend("a"))
    print("sent b ->", await e.asend("b"))
    await e.aclose()
    print("closed")
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("closed generator stops")

    async def catcher():
        while True:
            try:
                yield "ready"
            except ValueError as ex:
                print("  caught in generator:", ex)
                yield "handled"

    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("boom")))
    print(await c.__anext__())
    await c.aclose()

    # athrow with an unhandled exception propagates.
    t = ticker(5)
    await t.__anext__()
    try:
        await t.athrow(KeyError("k"))
    except KeyError as ex:
        print("athrow propagated", repr(ex))

    # aclose on a fresh generator does nothing.
    await ticker(2).aclose()
    print("fresh aclose ok")

    # Iterating with break, then reusing the same generator.
    g = ticker(4)
    async for v in g:
        if v == 1:
            break
    async for v in g:
        print("resumed at", v)
    return "main done"


print(run(main()))


# Async generators are not plain iterables.
async def agen():
    yield 1

a = agen()
try:
    iter(a)
except TypeError as e:
    print(e)
print(hasattr(a, "__aiter__"), hasattr(a, "__anext__"), a.__aiter__() is a)
