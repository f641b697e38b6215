# async for over asynchronous iterators (__aiter__/__anext__).

class Pause:
    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopAsyncIteration:
        raise
    except StopIteration as e:
        return e.value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


class Chunks:
    """__aiter__ returns a separate iterator object."""

    def __init__(self, data, size):
        self.data = data
        self.size = size

    def __aiter__(self):
        return ChunkIter(self.data, self.size)


class ChunkIter:
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.pos = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.pos >= len(self.data):
            raise StopAsyncIteration
        chunk = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk


async def main():
    async for n in Countdown(3):
        print("count", n)
    else:
        print("else after exhaustion")

    async for n in Countdown(5):
        if n == 4:
            continue
        if n == 2:
            print("break at", n)
            break
        print("n", n)
    else:
        print("not printed")

    out = []
    async for chunk in Chunks("abcdefghij", 3):
        out.append(chunk)
    print(out)

    # Nested async loops and unpacking targets.
    async for a in Countdown(2):
        async for b in Chunks([(1, 2), (3, 4)], 1):
            (x, y), = b
            print(a, x, y)

    # return from inside an async for.
    async def first_even(it):
        async for v in it:
            if v % 2 == 0:
                return v
        return None

    print("first even", await first_even(Countdown(7)))
    print("first even", await first_even(Countdown(1)))
    return "done"


print(run(main()))


# Errors.
class NoANext:
    def __aiter__(self):
        return self


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("iteration failed")


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def loop_over(obj):
    async for _ in obj:
        pass

for obj in ([1, 2], NoANext(), Raises(), BadANext()):
    try:
        run(loop_over(obj))
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, "->", type(e).__name__, e)


# StopAsyncIteration raised by the body is not swallowed.
async def body_raises():
    async for _ in Countdown(2):
        raise StopAsyncIteration("from body")

try:
    run(body_raises())
except StopAsyncIteration as e:
    print("escaped:", repr(e))
