# Exceptions travel through await chains like through calls.

class Pause:
    def __await__(self):
        yield "paused"


async def level3(x):
    await Pause()
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


async def level2(x):
    try:
        return await level3(x)
    finally:
        print("  level2 finally", x)


async def level1(x):
    try:
        return await level2(x)
    except ValueError as e:
        print("  level1 caught", e)
        return -1


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(level1(5)))
print(run(level1(-5)))


# Exception chaining inside coroutines.
async def chained():
    try:
        await level3(-1)
    except ValueError as e:
        raise KeyError("wrapped") from e

try:
    run(chained())
except KeyError as e:
    print(repr(e), "from", repr(e.__cause__))


# throw() into a chain reaches the innermost await.
async def inner_handler():
    try:
        await Pause()
    except ZeroDivisionError:
        print("  innermost handled it")
        return "inner-ok"


async def outer_handler():
    r = await inner_handler()
    print("  outer got", r)
    await Pause()
    return "outer-done"


c = outer_handler()
print(c.send(None))
print(c.throw(ZeroDivisionError))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


# An exception thrown in and not handled propagates out.
async def unhandled():
    await level2(1)

c = unhandled()
c.send(None)
try:
    c.throw(OSError("disk"))
except OSError as e:
    print("propagated", e)


# Exception context is kept across awaits.
async def context_keeper():
    try:
        raise IndexError("first")
    except IndexError:
        await Pause()
        try:
            raise TypeError("second")
        except TypeError as e:
            return repr(e.__context__)

print(run(context_keeper()))


# Exceptions in except blocks of coroutines, and re-raise.
async def reraiser():
    try:
        await level3(-2)
    except ValueError:
        print("  logging and re-raising")
        raise

try:
    run(reraiser())
except ValueError as e:
    print("re-raised:", e)
