# collections.abc: the iterator / generator / coroutine / async ABCs as
# base classes (the mixin __iter__, __next__, close, __aiter__, __anext__,
# aclose), and one-trick-pony checks on user classes.
import asyncio
from collections.abc import (Iterator, Iterable, Generator, Coroutine, Awaitable,
                             AsyncIterator, AsyncIterable, AsyncGenerator, Hashable,
                             Sized, Container, Callable, Reversible, Collection)


class Count(Iterator):
    def __init__(self, n):
        self.i, self.n = 0, n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Count(3)
print(iter(c) is c, list(c), isinstance(c, Iterable))


class Echo(Generator):
    def __init__(self):
        self.last = None
        self.closed = False

    def send(self, value):
        if self.closed:
            raise StopIteration
        self.last = value
        return "echo %r" % (value,)

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit or isinstance(val, GeneratorExit) or isinstance(typ, GeneratorExit):
            self.closed = True
            raise StopIteration
        return super().throw(typ, val, tb)


e = Echo()
print(next(e), e.send(5), e.last)
try:
    e.throw(ValueError, ValueError("bad"))
except ValueError as ex:
    print("throw re-raised", repr(ex))
try:
    e.throw(KeyError)
except KeyError as ex:
    print("throw class", repr(ex))
e.close()
print(e.closed, list(e))


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


try:
    Stubborn().close()
except RuntimeError as ex:
    print(ex)
print(isinstance(Stubborn(), Iterator), issubclass(Stubborn, Iterable))


class Fut(Coroutine):
    def __init__(self):
        self.sent = []

    def __await__(self):
        return iter(())

    def send(self, v):
        self.sent.append(v)
        return v

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


f = Fut()
print(f.send(1), f.sent)
try:
    f.close()
except RuntimeError as ex:
    print("close:", ex)
print(isinstance(f, Awaitable))


class Quiet(Coroutine):
    def __await__(self):
        return iter(())

    def send(self, v):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


print(Quiet().close())


class Ticks(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class AGen(AsyncGenerator):
    def __init__(self):
        self.values = [1, 2]
        self.log = []

    async def asend(self, value):
        self.log.append(("asend", value))
        if not self.values:
            raise StopAsyncIteration
        return self.values.pop(0)

    async def athrow(self, typ, val=None, tb=None):
        self.log.append(("athrow", typ.__name__))
        if typ is GeneratorExit:
            raise StopAsyncIteration
        return await super().athrow(typ, val, tb)


async def main():
    t = Ticks(3)
    print(t.__aiter__() is t, [x async for x in t])
    g = AGen()
    print([x async for x in g])
    await g.aclose()
    print(g.log)
    try:
        await AGen().athrow(ValueError)
    except ValueError as ex:
        print("athrow raised", repr(ex))
    print(isinstance(g, AsyncIterable), isinstance(t, AsyncIterable), isinstance(t, AsyncGenerator))


asyncio.run(main())


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and other.x == self.x


class HashPoint(Point):
    def __hash__(self):
        return hash(self.x)


print(isinstance(Point(1), Hashable), isinstance(HashPoint(1), Hashable))


class Box:
    def __len__(self):
        return 1

    def __contains__(self, x):
        return True

    def __iter__(self):
        yield 1

    def __reversed__(self):
        yield 1

    def __call__(self):
        return "called"


b = Box()
print([isinstance(b, k).__repr__() for k in (Sized, Container, Iterable, Reversible, Collection, Callable)])


class NoLen(Box):
    __len__ = None


class NoCall(Box):
    __call__ = None


print(isinstance(NoLen(), Sized), isinstance(NoLen(), Collection), isinstance(NoCall(), Callable),
      isinstance(NoLen(), Iterable))
