# The aiter() and anext() built-ins (anext with a default).
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Counter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.i

async def main():
    g = agen(2)
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter())
    print(await anext(c, None), await anext(c, None), await anext(c, None), await anext(c, "end"))
    for bad in (1, [1]):
        for f in (aiter, anext):
            try:
                f(bad)
            except TypeError as e:
                print(f.__name__, e)
    class A:
        def __aiter__(self): return 1
    try:
        aiter(A())
    except TypeError as e:
        print(e)

asyncio.run(main())
