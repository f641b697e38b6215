"""collections.abc: abstract base classes for containers.

Gilt's own implementation, matching CPython 3.11's observable behaviour:
the same ABCs with the same abstract methods, mixin methods and
error messages, the structural checks of the single-method ("one trick")
ABCs, and the built-in types registered as virtual subclasses.
Imported both as `_collections_abc` and as `collections.abc`."""

from abc import ABCMeta, abstractmethod
import sys

__all__ = """
    Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator
    Hashable Iterable Iterator Generator Reversible Sized Container
    Callable Collection Set MutableSet Mapping MutableMapping MappingView
    KeysView ItemsView ValuesView Sequence MutableSequence ByteString
""".split()

# Every class below is created while this is the module name, so they all
# report `collections.abc` as their __module__.
__name__ = "collections.abc"

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)


# --- Names for built-in types that have no public name of their own ---------

def _sample_generator():
    yield


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


def _builtin_type_names():
    """Map each private built-in type name to the type, found by asking a
    sample object for its class."""
    samples = {
        'bytes_iterator': lambda: iter(b''),
        'bytearray_iterator': lambda: iter(bytearray()),
        'dict_keyiterator': lambda: iter({}),
        'dict_valueiterator': lambda: iter({}.values()),
        'dict_itemiterator': lambda: iter({}.items()),
        'list_iterator': lambda: iter([]),
        'list_reverseiterator': lambda: reversed([]),
        'range_iterator': lambda: iter(range(0)),
        'set_iterator': lambda: iter(set()),
        'str_iterator': lambda: iter(''),
        'tuple_iterator': lambda: iter(()),
        'zip_iterator': lambda: zip(),
        'dict_keys': lambda: {}.keys(),
        'dict_values': lambda: {}.values(),
        'dict_items': lambda: {}.items(),
        'generator': _sample_generator,
        'async_generator': _sample_async_generator,
    }
    found = {name: type(make()) for name, make in samples.items()}
    pending = _sample_coroutine()
    found['coroutine'] = type(pending)
    pending.close()
    proxy = type(type.__dict__)
    if proxy is dict:
        # Gilt's class __dict__ is a real dict; `types` has the proxy class.
        proxy = getattr(__import__('types'), 'MappingProxyType', None)
    found['mappingproxy'] = proxy
    return found


globals().update(_builtin_type_names())
del _sample_generator, _sample_coroutine, _sample_async_generator
del _builtin_type_names


# --- Structural checks -------------------------------------------------------

def _check_methods(C, *methods):
    """True when the class C provides every named method (found in its MRO
    and not blocked by being set to None), else NotImplemented."""
    for name in methods:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


# Stands for "no value" where None could be a real one.
_MISSING = object()


def _same(a, b):
    """Identity or equality: how containers compare their items."""
    return a is b or a == b


# id(ABC) -> the methods issubclass() looks for, for the ABCs that check
# structurally. A subclass (say a user class deriving from Iterable) gets
# no structural check of its own: only the ABCs listed here do. Keyed by
# id so that a metaclass with an unhashable __eq__ does no harm; these
# ABCs live as long as the module.
_STRUCTURAL = {}


def _structural_hook(cls, C):
    needed = _STRUCTURAL.get(id(cls))
    if needed is None:
        return NotImplemented
    return _check_methods(C, *needed)


_structural_hook = classmethod(_structural_hook)


def _structural(*methods):
    """Class decorator: make issubclass(C, cls) true for any class C that
    defines all of `methods`."""
    def mark(cls):
        cls.__subclasshook__ = _structural_hook
        _STRUCTURAL[id(cls)] = methods
        return cls
    return mark


# The name abstract placeholders carry until the loop at the end of the
# module names them after the class attribute they became.
_UNNAMED = '<abstract>'


def _abstract(outcome):
    """An abstract method whose body (reached only through super()) raises
    `outcome` if it is an exception class, else returns outcome()."""
    fails = isinstance(outcome, type) and issubclass(outcome, BaseException)

    def placeholder(self, *args, **kwargs):
        if fails:
            raise outcome
        return outcome()
    placeholder.__name__ = placeholder.__qualname__ = _UNNAMED
    return abstractmethod(placeholder)


def _is_param_expr(obj):
    """Whether `obj` can stand for a Callable's whole parameter list: `...`,
    a list of types, or typing's ParamSpec / Concatenate[...] objects
    (recognised by name, so typing need not be imported)."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return (kind.__module__ == 'typing'
            and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


def _arg_repr(obj):
    """How one argument is shown inside Callable[[...], ...]."""
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: the argument list is flattened into __args__,
    which becomes (A, B, R)."""

    def __init__(self, origin, args):
        if type(args) is not tuple or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (list, tuple)):
            flat = tuple(params) + (result,)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        super().__init__(origin, flat)

    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and _is_param_expr(params[0]):
            return super().__repr__()
        shown = ", ".join(map(_arg_repr, params))
        return f'collections.abc.Callable[[{shown}], {_arg_repr(result)}]'


# --- The one-trick ABCs without mixin methods, built from a table ------------

def _empty_iterator():
    return iter(())


# (name, bases, methods checked, neutral result of the abstract placeholder
#  for the first of them or None when nothing new is abstract,
#  what subscripting the class makes or None)
_SIMPLE_ABCS = (
    ('Hashable', (), ('__hash__',), int, None),
    ('Awaitable', (), ('__await__',), _empty_iterator, GenericAlias),
    ('AsyncIterable', (), ('__aiter__',),
     lambda: AsyncIterator(), GenericAlias),
    ('Iterable', (), ('__iter__',), _empty_iterator, GenericAlias),
    ('Reversible', ('Iterable',), ('__reversed__', '__iter__'),
     _empty_iterator, None),
    ('Sized', (), ('__len__',), int, None),
    ('Container', (), ('__contains__',), bool, GenericAlias),
    ('Collection', ('Sized', 'Iterable', 'Container'),
     ('__len__', '__iter__', '__contains__'), None, None),
    ('Callable', (), ('__call__',), bool, _CallableGenericAlias),
)

for _name, _bases, _methods, _neutral, _alias in _SIMPLE_ABCS:
    _ns = {'__module__': __name__, '__qualname__': _name, '__slots__': ()}
    if _neutral is not None:
        _ns[_methods[0]] = _abstract(_neutral)
    if _alias is not None:
        _ns['__class_getitem__'] = classmethod(_alias)
    _bases = tuple(globals()[b] for b in _bases)
    globals()[_name] = _structural(*_methods)(ABCMeta(_name, _bases, _ns))
del _name, _bases, _methods, _neutral, _alias, _ns


# Gilt's function, built-in function and method types are callable without
# a __call__ in their class __dict__; register whichever of them lack one.
for _kind in (FunctionType, type(len), type(Callable.register)):
    if _check_methods(_kind, '__call__') is NotImplemented:
        Callable.register(_kind)
del _kind


# --- Iterators, generators and coroutines ------------------------------------

def _raise_thrown(typ, val, tb):
    """The default throw(): raise what (typ, val, tb) describe."""
    exc = val
    if exc is None:
        exc = typ if tb is None else typ()
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _close_by_throwing(obj, finished, kind):
    """The default close(): throw GeneratorExit in and insist that `obj`
    either lets it out or reports that it has finished."""
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, finished):
        return
    raise RuntimeError(f"{kind} ignored GeneratorExit")


@_structural('__iter__', '__next__')
class Iterator(Iterable):
    """An object with __next__ that is its own iterator."""
    __slots__ = ()

    __next__ = _abstract(StopIteration)

    def __iter__(self):
        return self


@_structural('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    """An iterator driven by send(), throw() and close()."""
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    send = _abstract(StopIteration)

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the point of suspension."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Stop the generator by throwing GeneratorExit into it."""
        _close_by_throwing(self, StopIteration, "generator")


@_structural('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    """An awaitable driven by send(), throw() and close()."""
    __slots__ = ()

    send = _abstract(StopIteration)

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the point of suspension."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Stop the coroutine by throwing GeneratorExit into it."""
        _close_by_throwing(self, StopIteration, "coroutine")


@_structural('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    """An object with __anext__ that is its own asynchronous iterator."""
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Return the next item, or raise StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    """An asynchronous iterator driven by asend(), athrow() and aclose()."""
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with `value`; return the next item or raise
        StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the point of suspension."""
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Stop the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


# --- Sets --------------------------------------------------------------------

def _sets_only(op):
    """Wrap a comparison so that it declines (NotImplemented) anything that
    is not a Set."""
    def compare(self, other):
        if isinstance(other, Set):
            return op(self, other)
        return NotImplemented
    compare.__name__ = op.__name__
    compare.__qualname__ = op.__qualname__
    compare.__doc__ = op.__doc__
    return compare


def _as_set(like, other):
    """`other` as a Set (built with like._from_iterable when it is only an
    iterable), or None when it is not even iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return like._from_iterable(other)
    return None


def _set_hash(items, size):
    """The hash a frozenset of `items` has, as a Python int in the C
    Py_hash_t range."""
    width = sys.maxsize.bit_length() + 1
    mask = (1 << width) - 1
    acc = 0
    for item in items:
        h = hash(item) & mask
        acc ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & mask
    acc ^= ((size + 1) * 1927868237) & mask
    acc ^= (acc >> 11) ^ (acc >> 25)
    acc = (acc * 69069 + 907133923) & mask
    if acc >> (width - 1):
        acc -= 1 << width
    return 590923713 if acc == -1 else acc


class Set(Collection):
    """A finite, iterable container of distinct items. Subclasses supply
    __contains__, __iter__ and __len__; comparisons and the set operators
    come from here (and follow any __le__ / __ge__ the subclass redefines)."""
    __slots__ = ()

    @_sets_only
    def __le__(self, other):
        return len(self) <= len(other) and all(x in other for x in self)

    @_sets_only
    def __ge__(self, other):
        return len(self) >= len(other) and all(x in self for x in other)

    @_sets_only
    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    @_sets_only
    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    @_sets_only
    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build a result set from an iterable (override this when the
        constructor takes something else)."""
        return cls(it)

    def isdisjoint(self, other):
        """Whether no item of `other` is in this set."""
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        """The hash frozenset would give these items; hashable Set
        subclasses can use it as their __hash__."""
        return _set_hash(self, len(self))


def _drain(take, empty):
    """Call take() until it raises `empty`: the generic clear()."""
    try:
        while True:
            take()
    except empty:
        pass


class MutableSet(Set):
    """A Set that also supplies add() and discard(); the other mutating
    methods and in-place operators come from here."""
    __slots__ = ()

    add = _abstract(NotImplementedError)
    discard = _abstract(NotImplementedError)

    def remove(self, value):
        """Remove `value`; KeyError if it is absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Remove and return some item; KeyError if the set is empty."""
        item = next(iter(self), _MISSING)
        if item is _MISSING:
            raise KeyError
        self.discard(item)
        return item

    def clear(self):
        """Remove every item."""
        _drain(self.pop, KeyError)

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for item in it:
                self.discard(item)
        return self

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for item in it:
            (self.discard if item in self else self.add)(item)
        return self


# --- Mappings ----------------------------------------------------------------

def _lookup(mapping, key):
    """mapping[key], or _MISSING when that raises KeyError."""
    try:
        return mapping[key]
    except KeyError:
        return _MISSING


class Mapping(Collection):
    """A read-only key/value container. Subclasses supply __getitem__,
    __iter__ and __len__."""
    __slots__ = ()

    __getitem__ = _abstract(KeyError)
    __reversed__ = None

    def __contains__(self, key):
        return _lookup(self, key) is not _MISSING

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        found = _lookup(self, key)
        return default if found is _MISSING else found

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    """Base of the views a Mapping's keys(), items() and values() return."""
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    def __len__(self):
        return len(self._mapping)

    def __init__(self, mapping):
        self._mapping = mapping


def _plain_set(cls, it):
    """Set operators on key and item views give plain sets."""
    return set(it)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a set."""
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a set."""
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        found = _lookup(self._mapping, key)
        return found is not _MISSING and _same(found, value)


class ValuesView(MappingView, Collection):
    """The values of a mapping."""
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        return any(_same(v, value) for v in self)


class MutableMapping(Mapping):
    """A Mapping that also supplies __setitem__ and __delitem__; pop(),
    popitem(), clear(), update() and setdefault() come from here."""
    __slots__ = ()

    __setitem__ = _abstract(KeyError)
    __delitem__ = _abstract(KeyError)

    def setdefault(self, key, default=None):
        """self[key], first setting it to `default` if it is missing."""
        found = _lookup(self, key)
        if found is _MISSING:
            self[key] = found = default
        return found

    def pop(self, key, default=_MISSING):
        """Remove `key` and return its value; without it, return `default`
        if given, else raise KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        key = next(iter(self), _MISSING)
        if key is _MISSING:
            raise KeyError
        return key, self.pop(key)

    def clear(self):
        """Remove every item."""
        _drain(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):
        """Set items from a mapping, an object with keys(), or an iterable
        of pairs, then from the keyword arguments."""
        pairs = other
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        for source in (pairs, kwds.items()):
            for key, value in source:
                self[key] = value


# --- Sequences ---------------------------------------------------------------

def _indexed(seq, start, stop):
    """(i, seq[i]) for i = start, start + 1, ... until stop (if not None)
    or until seq[i] raises IndexError."""
    i = start
    while stop is None or i < stop:
        try:
            item = seq[i]
        except IndexError:
            return
        yield i, item
        i += 1


class Sequence(Reversible, Collection):
    """A read-only indexable sequence. Subclasses supply __getitem__ and
    __len__; iteration, `in`, reversed(), index() and count() come from
    here."""
    __slots__ = ()

    __getitem__ = _abstract(IndexError)

    def __iter__(self):
        for _, item in _indexed(self, 0, None):
            yield item

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def count(self, value):
        """How many items equal `value`."""
        return sum(1 for item in self if _same(item, value))

    def index(self, value, start=0, stop=None):
        """The first index of `value` within [start:stop]; ValueError if it
        does not occur there."""
        if start is None:
            start = 0
        elif start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        for i, item in _indexed(self, start, stop):
            if _same(item, value):
                return i
        raise ValueError


class ByteString(Sequence):
    """Common base of bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that also supplies __setitem__, __delitem__ and insert();
    append(), extend(), pop(), remove(), reverse(), clear() and += come
    from here."""
    __slots__ = ()

    __setitem__ = _abstract(IndexError)
    __delitem__ = _abstract(IndexError)
    insert = _abstract(IndexError)

    def append(self, value):
        """Add `value` at the end."""
        self.insert(len(self), value)

    def extend(self, values):
        """Append every item of the iterable `values`."""
        for value in (list(values) if values is self else values):
            self.append(value)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        """Remove and return the item at `index` (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to `value`; ValueError if none is."""
        del self[self.index(value)]

    def clear(self):
        """Remove every item."""
        _drain(self.pop, IndexError)

    def reverse(self):
        """Reverse the items in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo, hi = lo + 1, hi - 1


# --- Final touches -----------------------------------------------------------

# Name each abstract placeholder after the attribute it was stored as.
for _cls in map(globals().get, __all__):
    for _attr, _value in vars(_cls).items():
        if getattr(_value, '__name__', None) == _UNNAMED:
            _value.__name__ = _attr
            _value.__qualname__ = f'{_cls.__name__}.{_attr}'
del _cls, _attr, _value

# --- Built-in types registered as virtual subclasses -------------------------

for _abc, _kinds in (
        (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator,
                    dict_valueiterator, dict_itemiterator, list_iterator,
                    list_reverseiterator, range_iterator, set_iterator,
                    str_iterator, tuple_iterator, zip_iterator)),
        (Generator, (generator,)),
        (Coroutine, (coroutine,)),
        (AsyncGenerator, (async_generator,)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (mappingproxy,)),
        (KeysView, (dict_keys,)),
        (ItemsView, (dict_items,)),
        (ValuesView, (dict_values,)),
        (MutableMapping, (dict,)),
        (Sequence, (tuple, str, range, memoryview)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray))):
    for _kind in _kinds:
        if _kind is not None:
            _abc.register(_kind)
del _abc, _kinds, _kind
