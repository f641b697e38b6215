# typing: isinstance/issubclass against the collection ABC aliases
# (Iterable, Mapping, ...), and user classes deriving from them.
import collections
from typing import (Iterable, Iterator, Generator, Sequence, Mapping,
                    MutableMapping, MutableSequence, AbstractSet, MutableSet,
                    Collection, Container, Hashable, Sized, Reversible,
                    Awaitable, Coroutine, AsyncIterator, AsyncIterable,
                    AsyncGenerator, Callable, ByteString, KeysView, ItemsView,
                    ValuesView, MappingView, ContextManager,
                    AsyncContextManager, TypeVar, Generic, Dict, List,
                    get_origin)


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Custom:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return 2

    def __contains__(self, x):
        return x in (1, 2)


class Callme:
    def __call__(self):
        return 1


class Unhashable:
    __hash__ = None


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class ACtx:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class OnlyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class BlockedIter:
    __iter__ = None


c = coro()
d = {'a': 1}
values = [
    ('list', []), ('tuple', ()), ('str', 'ab'), ('bytes', b'x'),
    ('bytearray', bytearray(b'x')), ('dict', d), ('set', set()),
    ('frozenset', frozenset()), ('range', range(3)), ('int', 3),
    ('float', 1.5), ('None', None), ('list_iter', iter([])),
    ('dict_keys', d.keys()), ('dict_values', d.values()),
    ('dict_items', d.items()), ('generator', gen()), ('coroutine', c),
    ('async_gen', agen()), ('function', gen), ('builtin', len),
    ('class', int), ('method', [].append), ('lambda', lambda: 0),
    ('deque', collections.deque()), ('OrderedDict', collections.OrderedDict()),
    ('defaultdict', collections.defaultdict(int)), ('Counter', collections.Counter()),
    ('ChainMap', collections.ChainMap()), ('UserDict', collections.UserDict()),
    ('UserList', collections.UserList()), ('Custom', Custom()), ('Callme', Callme()),
    ('Unhashable', Unhashable()), ('Ctx', Ctx()), ('ACtx', ACtx()), ('AIt', AIt()),
    ('OnlyIter', OnlyIter()), ('BlockedIter', BlockedIter()),
    ('memoryview', memoryview(b'ab')), ('zip', zip()), ('enumerate', enumerate([])),
    ('reversed', reversed([1])), ('map', map(len, [])),
]
aliases = [('Iterable', Iterable), ('Iterator', Iterator), ('Generator', Generator),
           ('Sequence', Sequence), ('Mapping', Mapping), ('MutableMapping', MutableMapping),
           ('MutableSequence', MutableSequence), ('AbstractSet', AbstractSet),
           ('MutableSet', MutableSet), ('Collection', Collection), ('Container', Container),
           ('Hashable', Hashable), ('Sized', Sized), ('Reversible', Reversible),
           ('Awaitable', Awaitable), ('Coroutine', Coroutine), ('AsyncIterator', AsyncIterator),
           ('AsyncIterable', AsyncIterable), ('AsyncGenerator', AsyncGenerator),
           ('Callable', Callable), ('ByteString', ByteString), ('KeysView', KeysView),
           ('ItemsView', ItemsView), ('ValuesView', ValuesView), ('MappingView', MappingView),
           ('ContextManager', ContextManager), ('AsyncContextManager', AsyncContextManager)]
# Gilt's deque and OrderedDict refuse hashing with a __hash__ that raises
# (CPython's are None), so Hashable is not asked about them (README).
not_hashable_asked = ('deque', 'OrderedDict')
for aname, alias in aliases:
    yes = [vname for vname, v in values if isinstance(v, alias)
           and not (aname == 'Hashable' and vname in not_hashable_asked)]
    print(aname + ":", " ".join(yes))
c.close()

print("-- issubclass")
for aname, alias in aliases[:14]:
    yes = [t.__name__ for t in (list, tuple, str, dict, set, frozenset, int, bytes,
                                  collections.deque, Custom, OnlyIter, type(gen()))
           if issubclass(t, alias)
           and not (aname == 'Hashable' and t.__name__ in not_hashable_asked)]
    print(aname + ":", " ".join(yes))
print(issubclass(Iterator, Iterable), issubclass(Sequence, Iterable), issubclass(List, Sequence))
print(issubclass(Dict, Mapping), issubclass(Mapping, Dict), issubclass(Generator, Iterator))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print("TypeError:", e)
print(get_origin(Iterable[int]), get_origin(Mapping[str, int]), get_origin(Callable[[], int]))
print(get_origin(AbstractSet[int]), get_origin(ContextManager[int]), get_origin(Hashable))

print("-- deriving from the ABC aliases")
T = TypeVar('T')


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(list(cd), iter(cd) is cd, isinstance(cd, Iterator), isinstance(cd, Iterable))
print(Countdown.__parameters__, [k.__name__ for k in Countdown.__mro__])


class Registry(Mapping[str, int]):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry(a=1, b=2)
print(len(r), r['a'], r.get('z', 0), 'a' in r, 'z' in r, sorted(r.keys()),
      sorted(r.values()), sorted(r.items()), r == {'a': 1, 'b': 2}, r == {'a': 1})
print(isinstance(r, Mapping), isinstance(r, MutableMapping), isinstance(r, Collection), dict(r))


class Store(MutableMapping[str, T]):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s['x'] = 1
s.update({'y': 2}, z=3)
print(sorted(s.items()), s.pop('x'), s.setdefault('w', 9), s.pop('nope', 'dflt'), len(s))
print(s.popitem(), Store.__parameters__, Store[int], isinstance(s, MutableMapping))
s.clear()
print(len(s), list(s))


class Span(Sequence[int]):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return i % self.n

    def __len__(self):
        return self.n


sp = Span(4)
print(list(sp), 2 in sp, 9 in sp, list(reversed(sp)), sp.index(3), sp.count(1), sp[1:3])
print(isinstance(sp, Sequence), isinstance(sp, Reversible), isinstance(sp, MutableSequence))
try:
    sp.index(10)
except ValueError:
    print("ValueError")


class Stack(MutableSequence[T]):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
st.remove(3)
print(list(st), len(st), isinstance(st, Sequence))


class Words(Iterable[str]):
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        return iter(self.text.split())


print(sorted(Words("b a c")), isinstance(Words(""), Iterable), Words.__mro__[1])


class Sizer(Sized):
    def __len__(self):
        return 5


print(len(Sizer()), isinstance(Sizer(), Sized))


class Fn(Callable[[int], int]):
    def __call__(self, x):
        return x + 1


print(Fn()(1), isinstance(Fn(), Callable))


class Gen2(Generic[T], Iterable[T]):
    def __iter__(self):
        yield from ()


print(Gen2.__parameters__, Gen2[int], list(Gen2()))
