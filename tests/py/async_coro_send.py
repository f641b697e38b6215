# Driving coroutines by hand with send(): StopIteration carries the result.

async def double(x):
    return x * 2


async def compute(a, b):
    x = await double(a)
    y = await double(b)
    return x + y


c = compute(3, 4)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
print(repr(c).startswith("<coroutine object compute at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

# A finished coroutine cannot be resumed.
for op in ("send", "throw"):
    try:
        if op == "send":
            c.send(None)
        else:
            c.throw(ValueError("x"))
    except RuntimeError as e:
        print(op, "->", type(e).__name__, e)

# Returning None gives an empty StopIteration.
async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("none:", e.value, e.args)


class Suspend:
    """An awaitable that yields its label to the driver and returns what it is sent."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


async def conversation():
    a = await Suspend("first")
    print("  coroutine got", a)
    b = await Suspend("second")
    print("  coroutine got", b)
    return a + b


c = conversation()
print("yielded", c.send(None))
print("yielded", c.send(1))
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)

# Sending a value to a just-started coroutine is an error.
c = conversation()
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()

# throw() raises at the suspension point.
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("  handled", repr(e))
        return "recovered"

c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("after throw:", e.value)

# close() runs finally blocks.
async def with_cleanup():
    try:
        await Suspend("busy")
    finally:
        print("  cleanup ran")

c = with_cleanup()
c.send(None)
c.close()
print("closed; send again:")
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# close() on a coroutine that awaits again is an error.
async def stubborn():
    while True:
        try:
            await Suspend("again")
        except GeneratorExit:
            print("  ignoring GeneratorExit")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
try:
    c.throw(ValueError("really stop"))
except ValueError as e:
    print("finished by", repr(e))
