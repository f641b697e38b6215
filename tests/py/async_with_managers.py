# async with: __aenter__/__aexit__, suppression, nesting, early exits.

class Pause:
    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Resource:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Pause()
        print(f"  open {self.name}")
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Pause()
        print(f"  close {self.name}", typ.__name__ if typ else None, val)
        return typ is not None and issubclass(typ, self.suppress)


async def main():
    async with Resource("a") as r:
        print("body with", r)

    async with Resource("b", suppress=(KeyError,)):
        raise KeyError("swallowed")
    print("after suppression")

    try:
        async with Resource("c", suppress=(KeyError,)):
            raise ValueError("not swallowed")
    except ValueError as e:
        print("caught", e)

    async with Resource("d") as d, Resource("e") as e:
        print("both", d, e)

    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    print("loop left at", i)

    async def early():
        async with Resource("ret"):
            return "returned value"
    print(await early())

    async with Resource("outer"):
        try:
            async with Resource("inner"):
                1 / 0
        except ZeroDivisionError:
            print("inner failure handled")
    return "ok"


print(run(main()))


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class BadEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        pass


async def use(cm):
    async with cm:
        pass

for cm in (OnlyEnter(), SyncOnly(), BadEnter(), 3):
    try:
        run(use(cm))
    except TypeError as e:
        print(type(cm).__name__, "->", e)


# Leaving a with block from inside a loop (extra values on the stack).
class Sync:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("sync exit", typ.__name__ if typ else None)
        return True


with Sync():
    for i in range(3):
        raise ValueError(i)
print("sync suppressed")


async def agen_with():
    async with Resource("in-agen"):
        for i in range(3):
            yield i


async def close_early():
    g = agen_with()
    async for v in g:
        print("agen value", v)
        break
    await g.aclose()
    async with Resource("loop-raise", suppress=(IndexError,)):
        for i in range(2):
            g2 = agen_with()
            try:
                async for v in g2:
                    raise IndexError(v)
            finally:
                await g2.aclose()
    return "closed"

print(run(close_early()))
