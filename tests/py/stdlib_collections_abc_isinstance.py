# collections.abc: which built-in objects are instances of which ABC (the
# registered built-ins and the one-trick-pony __subclasshook__s), virtual
# subclasses, abstract methods and the generic aliases.
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Generator, Reversible,
                             Sized, Container, Callable, Collection, Sequence,
                             MutableSequence, ByteString, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView,
                             ValuesView, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, AsyncGenerator)

ABCS = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
        Callable, Collection, Sequence, MutableSequence, ByteString, Set,
        MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
        ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
        AsyncGenerator]


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Plain:
    pass


class OnlyIter:
    def __iter__(self):
        return iter(())


class OnlyLen:
    def __len__(self):
        return 0


class OnlyContains:
    def __contains__(self, x):
        return False


class OnlyCall:
    def __call__(self):
        return 1


class EqNoHash:
    def __eq__(self, other):
        return True


class IterBlocked(OnlyIter):
    __iter__ = None


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class AllThree(OnlyLen, OnlyIter, OnlyContains):
    pass


class Rev(OnlyIter):
    def __reversed__(self):
        return iter(())


class Aw:
    def __await__(self):
        return iter(())


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


c = coro()
samples = [
    ("int", 1), ("float", 2.5), ("bool", True), ("None", None), ("str", "ab"),
    ("bytes", b"ab"), ("bytearray", bytearray(b"ab")), ("list", [1]), ("tuple", (1,)),
    ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset({1})), ("range", range(3)),
    ("memoryview", memoryview(b"ab")),
    ("dict.keys", {}.keys()), ("dict.values", {}.values()), ("dict.items", {}.items()),
    ("iter(list)", iter([])), ("iter(tuple)", iter(())), ("iter(str)", iter("ab")),
    ("iter(dict)", iter({})), ("iter(set)", iter(set())), ("iter(range)", iter(range(2))),
    ("iter(bytes)", iter(b"")), ("iter(bytearray)", iter(bytearray())),
    ("reversed(list)", reversed([])), ("zip", zip()), ("map", map(len, [])),
    ("enumerate", enumerate([])), ("generator", gen()), ("coroutine", c),
    ("async generator", agen()), ("builtin function", len), ("function", gen),
    ("lambda", lambda: 0), ("bound builtin method", [].append),
    ("bound method", Countdown(1).__next__), ("class", Plain), ("object", object()),
    ("Plain()", Plain()), ("OnlyIter()", OnlyIter()), ("OnlyLen()", OnlyLen()),
    ("OnlyContains()", OnlyContains()), ("OnlyCall()", OnlyCall()),
    ("EqNoHash()", EqNoHash()), ("IterBlocked()", IterBlocked()),
    ("Countdown()", Countdown(2)), ("AllThree()", AllThree()), ("Rev()", Rev()),
    ("Aw()", Aw()), ("AIt()", AIt()), ("slice", slice(2)), ("complex", 1j),
]
for label, obj in samples:
    print("%-20s %s" % (label, " ".join(a.__name__ for a in ABCS if isinstance(obj, a))))
c.close()

print()
for a in ABCS:
    print(a, sorted(a.__abstractmethods__))

print()
print(issubclass(list, Reversible), issubclass(tuple, Reversible), issubclass(str, Collection))
print(issubclass(dict, Reversible), issubclass(bool, Hashable), issubclass(list, Hashable))
print(issubclass(type({}.keys()), Set), issubclass(type({}.values()), Set))
print(issubclass(bytes, MutableSequence), issubclass(bytearray, ByteString), issubclass(str, ByteString))


class Tree:
    def __len__(self):
        return 0


Sequence.register(Tree)
print(isinstance(Tree(), Sequence), isinstance(Tree(), Reversible), isinstance(Tree(), Iterable),
      isinstance(Tree(), MutableSequence), issubclass(Tree, Container))


@MutableMapping.register
class Table:
    pass


print(Table.__name__, isinstance(Table(), Mapping), isinstance(Table(), Collection),
      isinstance(Table(), Sequence))

for a in (Sequence, MutableMapping, Iterator, Hashable, Set):
    try:
        a()
    except TypeError as e:
        print(e)


class Half(Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print(e)

print(Iterable[int], Mapping[str, int], Sequence[tuple[int, str]])
print(Callable[[int, str], float], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Callable[..., int].__args__)
print(Iterable[int].__origin__ is Iterable, Mapping[str, int].__args__)
try:
    Callable[int]
except TypeError as e:
    print(e)
print(cabc.Sized.__module__, cabc.Sized.__qualname__, repr(cabc.MutableSet))
print(sorted(n for n in cabc.__all__))
