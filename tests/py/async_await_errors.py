# Type errors around await and the coroutine protocols.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def simple():
    return 1


async def await_it(obj):
    return await obj


for obj in (3, "text", [1], None):
    try:
        run(await_it(obj))
    except TypeError as e:
        print(type(obj).__name__, "->", e)


class NoIter:
    def __await__(self):
        return 42


class ReturnsCoro:
    def __await__(self):
        self.made = simple()
        return self.made


class GoodGen:
    def __await__(self):
        yield
        return "good"


for obj in (NoIter(), GoodGen()):
    try:
        print(run(await_it(obj)))
    except TypeError as e:
        print(type(obj).__name__, "->", e)

w = ReturnsCoro()
inner = None
try:
    run(await_it(w))
except TypeError as e:
    print("ReturnsCoro ->", e)
w.made.close()


# Coroutines are not iterators.
c = simple()
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    list(c)
except TypeError as e:
    print(e)
print(run(c))


# yield from a coroutine in a plain generator is refused.
def gen():
    yield from simple_coro

simple_coro = simple()
try:
    next(gen())
except TypeError as e:
    print(e)
simple_coro.close()

# A StopIteration escaping a coroutine becomes RuntimeError.
async def leaks():
    raise StopIteration(5)

try:
    run(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# Awaiting a coroutine twice.
async def twice():
    c = simple()
    print("first", await c)
    print("second", await c)

try:
    run(twice())
except RuntimeError as e:
    print(e)

s = simple()
print(type(simple).__name__, type(s).__name__)
s.close()
