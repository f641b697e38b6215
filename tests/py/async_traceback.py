# An uncaught exception through several awaits prints a full traceback.

class Pause:
    def __await__(self):
        yield


async def parse(text):
    await Pause()
    return int(text)


async def load(items):
    total = 0
    for it in items:
        total += await parse(it)
    return total


async def main():
    print("sum", await load(["1", "2", "3"]))
    print("sum", await load(["4", "five"]))


coro = main()
while True:
    coro.send(None)
