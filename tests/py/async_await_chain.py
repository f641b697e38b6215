# Chains of awaits: values flow down, yields flow up to the driver.

class Tick:
    def __await__(self):
        n = yield "tick"
        return n


async def leaf(name):
    got = await Tick()
    print(f"  leaf {name} received {got}")
    return got * 10


async def middle(name):
    a = await leaf(name + ".1")
    b = await leaf(name + ".2")
    return a + b


async def top():
    total = 0
    for part in ("x", "y"):
        total += await middle(part)
    return total


def drive(coro):
    step = 0
    try:
        out = coro.send(None)
        while True:
            step += 1
            print("driver saw", out, "at step", step)
            out = coro.send(step)
    except StopIteration as e:
        return e.value


print("total", drive(top()))


# Recursion through await.
async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

print("fact", drive(fact(20)))


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

print("fib", drive(fib(15)))


# Awaiting the result of coroutine.__await__() through a custom awaitable.
class Wrap:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def via_wrapper():
    v = await Wrap(leaf("wrapped"))
    return v + 1

print("wrapped", drive(via_wrapper()))


# An awaitable whose __await__ is a generator that yields several times.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            yield f"count {i}"
        return "liftoff"


async def launch():
    return await Countdown(3)

print(drive(launch()))


# Methods, static methods and closures can all be coroutines.
class Service:
    def __init__(self, base):
        self.base = base

    async def get(self, k):
        return self.base + await Service.scale(k)

    @staticmethod
    async def scale(k):
        return k * 100

    @classmethod
    async def make(cls, base):
        return cls(base)


async def use_service():
    s = await Service.make(7)
    results = [await s.get(i) for i in range(3)]
    adders = []
    for i in range(3):
        async def add(x, i=i):
            return x + i
        adders.append(add)
    return results, [await f(10) for f in adders]

print(drive(use_service()))


def decorate(fn):
    async def wrapper(*args):
        print("  before", fn.__name__, args)
        r = await fn(*args)
        print("  after", fn.__name__, r)
        return r
    return wrapper


@decorate
async def square(x):
    return x * x

print(drive(square(9)))


# __await__ returning a hand-written iterator: StopIteration's value is the result.
class ManualIter:
    def __init__(self):
        self.steps = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.steps += 1
        if self.steps > 2:
            raise StopIteration(f"done after {self.steps - 1} steps")
        return f"manual {self.steps}"


class Manual:
    def __await__(self):
        return ManualIter()


async def use_manual():
    return await Manual()

c = use_manual()
try:
    while True:
        print("driver saw", c.send(None))
except StopIteration as e:
    print("manual result:", e.value)
