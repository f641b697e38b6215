# Asynchronous comprehensions and await inside comprehensions.

class Pause:
    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def arange(n):
    for i in range(n):
        await Pause()
        yield i


async def square(x):
    await Pause()
    return x * x


async def main():
    print([x async for x in arange(5)])
    print([x async for x in arange(10) if x % 3 == 0])
    print({x % 3 async for x in arange(10)})
    print({x: await square(x) async for x in arange(4)})
    print([await square(x) for x in range(5)])
    print([await square(x) for x in range(6) if await square(x) > 4])
    print([(x, y) async for x in arange(3) for y in "ab"])
    print([(x, y) for x in "ab" async for y in arange(2)] if False else "skip")
    print([[y async for y in arange(x)] async for x in arange(4)])
    gen = (x * 10 async for x in arange(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    total = 0
    async for v in (await square(x) async for x in arange(4)):
        total += v
    print("total", total)
    return "ok"


print(run(main()))
