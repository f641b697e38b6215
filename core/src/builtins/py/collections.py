"""collections: namedtuple, deque, defaultdict, OrderedDict, Counter,
ChainMap, UserDict, UserList, UserString (Gilt's own implementation,
matching CPython 3.11's observable behaviour)."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple', 'UserDict', 'UserList', 'UserString']

import sys as _sys
import operator as _op
from operator import itemgetter as _itemgetter
from types import GenericAlias as _GenericAlias

try:
    import _collections_abc as _abc     # for Mapping checks and registration
except ImportError:
    _abc = None

_builtin_function = type(len)
_kwlist = frozenset(
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda '
    'nonlocal not or pass raise return try while with yield'.split())

# The six rich comparisons, as (dunder name, operator function).
_COMPARISONS = [('__%s__' % f.__name__, f)
                for f in (_op.lt, _op.le, _op.eq, _op.ne, _op.gt, _op.ge)]


################################################################################
# namedtuple
################################################################################

class _tuplegetter:
    """The read-only field descriptor of a namedtuple class."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _fix_field_names(fields):
    """rename=True: swap each unusable or repeated name for _<position>."""
    fixed, used = [], set()
    for pos, name in enumerate(fields):
        unusable = (name in used or name in _kwlist or name.startswith('_')
                    or not name.isidentifier())
        fixed.append('_%d' % pos if unusable else name)
        used.add(name)
    return fixed


def _check_field_names(typename, fields, renamed):
    for name in (typename, *fields):
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    used = set()
    for name in fields:
        if not renamed and name[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in used:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        used.add(name)


# Methods shared by every namedtuple class (Gilt's tuple does not yet order
# or compare tuple subclasses on its own, so they are spelled out here).

def _nt_comparison(test):
    def compare(self, other):
        if isinstance(other, tuple):
            return test(tuple(self), tuple(other))
        return NotImplemented
    return compare


def _nt_hash(self):
    return hash(tuple(self))


def _nt_asdict(self):
    'Return a new dict which maps field names to their values.'
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    'Return self as a plain tuple.  Used by copy and pickle.'
    return tuple(self)


def _nt_replace(self, /, **kwds):
    values = [kwds.pop(name, old) for name, old in zip(self._fields, self)]
    if kwds:
        raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
    return self._make(values)


def _nt_make(cls, iterable):
    made = tuple.__new__(cls, iterable)
    if len(made) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(made)}')
    return made


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        fields = _fix_field_names(fields)
    _check_field_names(typename, fields, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        if defaults:
            field_defaults = dict(zip(fields[-len(defaults):], defaults))
    fields = tuple(fields)

    # The constructor takes the fields as named parameters, so it is
    # compiled from source built for this field list.
    params = ', '.join(fields) + (',' if len(fields) == 1 else '')
    scope = {'_tuple_new': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {params}):\n'
         f'    return _tuple_new(_cls, ({params}))\n', scope)
    new = scope['__new__']
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        new.__defaults__ = defaults

    def make(cls, iterable):
        return _nt_make(cls, iterable)
    make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def replace(self, /, **kwds):
        return _nt_replace(self, **kwds)
    replace.__doc__ = (f'Return a new {typename} object replacing specified '
                       'fields with new values')

    shown = '(%s)' % ', '.join(f'{f}=%r' for f in fields)

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + shown % tuple(self)

    def asdict(self):
        return _nt_asdict(self)
    asdict.__doc__ = _nt_asdict.__doc__

    def getnewargs(self):
        return _nt_getnewargs(self)
    getnewargs.__doc__ = _nt_getnewargs.__doc__

    # Gilt gives every subclass of a built-in type the built-in __new__
    # unless the class body defines one; put ours back on subclasses.
    def __init_subclass__(cls, **kwds):
        own = cls.__dict__.get('__new__')
        if isinstance(own, staticmethod):
            own = getattr(own, '__func__', None)
        if isinstance(own, _builtin_function):
            cls.__new__ = new

    body = {'__doc__': f'{typename}({params})', '__slots__': (),
            '_fields': fields, '_field_defaults': field_defaults,
            '__match_args__': fields, '__hash__': _nt_hash,
            '__init_subclass__': classmethod(__init_subclass__)}
    for name, func in (('__new__', new), ('_make', make),
                       ('_replace', replace), ('__repr__', __repr__),
                       ('_asdict', asdict), ('__getnewargs__', getnewargs)):
        func.__name__ = name
        func.__qualname__ = f'{typename}.{name}'
        body[name] = func
    body['_make'] = classmethod(make)
    for name, test in _COMPARISONS:
        body[name] = _nt_comparison(test)
    for index, name in enumerate(fields):
        body[name] = _tuplegetter(index, f'Alias for field number {index}')

    result = type(typename, (tuple,), body)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


################################################################################
# deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    Kept as two lists: `_front` holds the left part reversed, `_back` the
    right part, so both ends are amortized O(1)."""
    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ('_front', '_back', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = maxlen.__index__()
            except AttributeError:
                raise TypeError('an integer is required') from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._front = []
        self._back = []
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    @maxlen.deleter
    def maxlen(self):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def _pop_left_raw(self):
        front = self._front
        if not front:
            back = self._back
            if not back:
                raise IndexError('pop from an empty deque')
            half = (len(back) + 1) // 2
            front[:] = back[half - 1::-1]
            del back[:half]
        return front.pop()

    def _pop_right_raw(self):
        back = self._back
        if not back:
            front = self._front
            if not front:
                raise IndexError('pop from an empty deque')
            half = (len(front) + 1) // 2
            back[:] = front[half - 1::-1]
            del front[:half]
        return back.pop()

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop_left_raw()
        self._back.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop_right_raw()
        self._front.append(x)

    def pop(self):
        """Remove and return the rightmost element."""
        self._state += 1
        return self._pop_right_raw()

    def popleft(self):
        """Remove and return the leftmost element."""
        self._state += 1
        return self._pop_left_raw()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._front = []
        self._back = []

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def _list(self):
        return self._front[::-1] + self._back

    def _set_list(self, items):
        self._state += 1
        self._front = []
        self._back = items

    def count(self, x):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for item in self._list():
            if item is x or item == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=None):
        """Return first index of value."""
        items = self._list()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            item = items[i]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._list()
        items.insert(i, x)
        self._set_list(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._list()
        state = self._state
        for i, item in enumerate(items):
            if item is value or item == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del items[i]
                self._set_list(items)
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._front, self._back = self._back, self._front

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._list()
        self._set_list(items[-n:] + items[:-n])

    def _norm_index(self, i):
        try:
            i = i.__index__()
        except AttributeError:
            raise TypeError('sequence index must be integer, not %r'
                            % type(i).__name__) from None
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        i = self._norm_index(i)
        nf = len(self._front)
        if i < nf:
            return self._front[nf - 1 - i]
        return self._back[i - nf]

    def __setitem__(self, i, x):
        i = self._norm_index(i)
        nf = len(self._front)
        if i < nf:
            self._front[nf - 1 - i] = x
        else:
            self._back[i - nf] = x

    def __delitem__(self, i):
        i = self._norm_index(i)
        items = self._list()
        del items[i]
        self._set_list(items)

    def __contains__(self, x):
        state = self._state
        for item in self._list():
            if item is x or item == x:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        state = self._state
        front = self._front
        for i in range(len(front) - 1, -1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield front[i]
        back = self._back
        for i in range(len(back)):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield back[i]

    def __reversed__(self):
        state = self._state
        back = self._back
        for i in range(len(back) - 1, -1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield back[i]
        front = self._front
        for i in range(len(front)):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield front[i]

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        try:
            body = repr(self._list())
        finally:
            _repr_done(self)
        if self._maxlen is None:
            return f'{type(self).__name__}({body})'
        return f'{type(self).__name__}({body}, maxlen={self._maxlen})'

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def _cmp_list(self, other):
        if isinstance(other, deque):
            return other._list()
        return None

    def __eq__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._list() == o

    def __ne__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._list() != o

    def __lt__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._list() < o

    def __le__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._list() <= o

    def __gt__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._list() > o

    def __ge__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._list() >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.__class__(self, self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        items = self._list()
        for _ in range(n):
            new.extend(items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._list()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __reduce__(self):
        return self.__class__, (list(self), self._maxlen)


def _updated(target, source):
    """target.update(source), then target (the dict | operators)."""
    target.update(source)
    return target


_repr_active = set()


def _repr_running(obj):
    key = id(obj)
    if key in _repr_active:
        return True
    _repr_active.add(key)
    return False


def _repr_done(obj):
    _repr_active.discard(id(obj))


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if _repr_running(self):
            return '...'
        try:
            frepr = 'None' if factory is None else repr(factory)
            body = dict.__repr__(self)
        finally:
            _repr_done(self)
        return f'{type(self).__name__}({frepr}, {body})'

    # Gilt's dict does not yet compare two dict subclasses itself.
    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self) == dict(other)

    def __ne__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self) != dict(other)

    __hash__ = None

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            return _updated(self.copy(), other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return _updated(type(self)(self.default_factory, other), self)
        return NotImplemented

    def __ior__(self, other):
        return _updated(self, other)


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        # Reordering keeps the size: count it so iterators notice.
        self._OrderedDict__moves = getattr(self, '_OrderedDict__moves', 0) + 1
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        if _repr_running(self):
            return '...'
        try:
            return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))
        finally:
            _repr_done(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict(self) == dict(other)
        return NotImplemented

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.OrderedDict'")

    def __iter__(self):
        return _odict_iter(self, dict.__iter__(self))

    def keys(self):
        return _OdictView('odict_keys', self, 0)

    def values(self):
        return _OdictView('odict_values', self, 1)

    def items(self):
        return _OdictView('odict_items', self, 2)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            return _updated(self.__class__(self), other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return _updated(self.__class__(other), self)
        return NotImplemented

    def __ior__(self, other):
        return _updated(self, other)


def _odict_iter(od, it):
    # CPython's odict iterators fail on any change of size or order.
    n = len(od)
    moves = getattr(od, '_OrderedDict__moves', 0)
    for x in it:
        yield x
        if len(od) != n or getattr(od, '_OrderedDict__moves', 0) != moves:
            raise RuntimeError('OrderedDict mutated during iteration')


class _OdictView:
    """The keys/values/items views of an OrderedDict (odict_keys, ...)."""

    __slots__ = ('_name', '_od', '_kind')

    def __init__(self, name, od, kind):
        self._name = name
        self._od = od
        self._kind = kind

    def _view(self):
        od = self._od
        if self._kind == 0:
            return dict.keys(od)
        if self._kind == 1:
            return dict.values(od)
        return dict.items(od)

    def __iter__(self):
        return _odict_iter(self._od, iter(self._view()))

    def __reversed__(self):
        return reversed(list(self._view()))

    def __len__(self):
        return len(self._od)

    def __contains__(self, x):
        return x in self._view()

    def __repr__(self):
        return '%s(%r)' % (self._name, list(self._view()))

    def __eq__(self, other):
        if isinstance(other, _OdictView):
            other = other._view()
        return self._view() == other

    def __and__(self, other):
        return self._view() & other

    def __or__(self, other):
        return self._view() | other

    def __sub__(self, other):
        return self._view() - other

    def __xor__(self, other):
        return self._view() ^ other

    def isdisjoint(self, other):
        return self._view().isdisjoint(other)


################################################################################
# Mapping views and the mixins of UserDict / UserList / UserString
# (what collections.abc's MutableMapping and Sequence provide them in CPython)
################################################################################

_dict_views = (type({}.keys()), type({}.items()))


def _is_set_like(x):
    return isinstance(x, (set, frozenset, _KeysView, _ItemsView) + _dict_views)


class _MappingView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class _SetViewMixin:
    __slots__ = ()

    def __le__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __gt__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    def __and__(self, other):
        return {value for value in other if value in self}

    __rand__ = __and__

    def __or__(self, other):
        return set(self) | set(other)

    __ror__ = __or__

    def __sub__(self, other):
        other = set(other)
        return {value for value in self if value not in other}

    def __rsub__(self, other):
        return {value for value in other if value not in self}

    def __xor__(self, other):
        return set(self) ^ set(other)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True


class KeysView(_SetViewMixin, _MappingView):
    """The keys of a mapping, as a set-like view."""
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_SetViewMixin, _MappingView):
    """The (key, value) pairs of a mapping, as a set-like view."""
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    """The values of a mapping, as a view."""
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


# CPython keeps these in collections.abc; here they are private but keep
# their names for repr().
_KeysView, _ItemsView, _ValuesView = KeysView, ItemsView, ValuesView
del KeysView, ItemsView, ValuesView


class _MutableMappingMixin:
    __slots__ = ()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, _MAPPING_KINDS):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, _MAPPING_KINDS):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class _SequenceMixin:
    __slots__ = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]


_MAPPING_KINDS = (dict, _MutableMappingMixin)


################################################################################
# Counter
################################################################################

def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    return _abc is not None and isinstance(obj, _abc.Mapping)


def _union_keys(first, second):
    """Keys of first, then the keys only second has."""
    yield from first
    for key in second:
        if key not in first:
            yield key


def _counter_binop(combine, keys=_union_keys):
    """A Counter operator: combine the two counts of each key, keep positives."""
    def operator(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key in keys(self, other):
            count = combine(self[key], other[key])
            if count > 0:
                result[key] = count
        return result
    return operator


def _counter_relation(test, strict=False):
    """A Counter comparison: test holds for the counts of every key."""
    def relation(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for key in _union_keys(self, other):
            if not test(self[key], other[key]):
                return False
        return not strict or self != other
    return relation


class Counter(dict):
    """Dict subclass for counting hashable items."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for key, count in self.items():
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if not _is_mapping(iterable):
                for key in iterable:
                    self[key] = self.get(key, 0) + 1
            elif self:
                for key, count in iterable.items():
                    self[key] = count + self.get(key, 0)
            else:
                dict.update(self, iterable)   # nothing to add to yet
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                pairs = iterable.items()
            else:
                pairs = ((key, 1) for key in iterable)
            for key, count in pairs:
                self[key] = self.get(key, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:       # counts that cannot be ordered
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    __eq__ = _counter_relation(_op.eq)
    __le__ = _counter_relation(_op.le)
    __ge__ = _counter_relation(_op.ge)
    __lt__ = _counter_relation(_op.le, strict=True)
    __gt__ = _counter_relation(_op.ge, strict=True)

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    __hash__ = None

    __add__ = _counter_binop(_op.add)
    __sub__ = _counter_binop(_op.sub)
    __or__ = _counter_binop(max)
    __and__ = _counter_binop(min, keys=lambda first, second: iter(first))

    def __pos__(self):
        return Counter.__add__(self, Counter())

    def __neg__(self):
        return Counter.__sub__(Counter(), self)

    def _keep_positive(self):
        for key in [key for key, count in self.items() if not count > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] += count
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for key, count in other.items():
            if count > self[key]:
                self[key] = count
        return self._keep_positive()

    def __iand__(self, other):
        for key in list(self):
            self[key] = min(self[key], other[key])
        return self._keep_positive()


################################################################################
# ChainMap
################################################################################

class ChainMap(_MutableMappingMixin):
    """A ChainMap groups multiple dicts (or other mappings) together to
    create a single, updateable view."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]       # layers may have their own __missing__
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Later maps first, so a key sits where it first appears from the back.
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(repr(layer) for layer in self.maps))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        child = kwargs if m is None else m
        if m is not None and kwargs:
            child.update(kwargs)
        return self.__class__(child, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    # Writes only ever touch the first map.
    def __delitem__(self, key):
        first = self.maps[0]
        try:
            del first[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def pop(self, key, *args):
        first = self.maps[0]
        try:
            return first.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __or__(self, other):
        if not isinstance(other, _MAPPING_KINDS):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _MAPPING_KINDS):
            return NotImplemented
        merged = dict(other)
        for layer in self.maps[::-1]:
            merged.update(layer)
        return self.__class__(merged)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


################################################################################
# UserDict, UserList, UserString: classes wrapping a real dict, list or str
# kept in their `data` attribute, easy to subclass.
################################################################################

def _copy_wrapper(obj, data):
    """A copy of the wrapper obj (same class, same attributes) around data,
    made without calling __init__ or any descriptor."""
    clone = obj.__class__.__new__(obj.__class__)
    clone.__dict__.update(obj.__dict__)
    clone.__dict__['data'] = data
    return clone


def _data_comparison(test, unwrap):
    def compare(self, other):
        return test(self.data, unwrap(other))
    return compare


def _comparing_data(unwrap):
    """Install the six comparisons on a wrapper class: they compare `data`
    with the other operand, itself unwrapped when it is the same kind."""
    def install(cls):
        for name, test in _COMPARISONS:
            if name == '__ne__':
                continue            # Python derives != from ==
            compare = _data_comparison(test, unwrap)
            compare.__name__ = name
            compare.__qualname__ = f'{cls.__name__}.{name}'
            setattr(cls, name, compare)
        return cls
    return install


def _forwarding(cls, names, rewrap=False, unwrap=None):
    """Give cls a method per name that calls the same method of self.data;
    rewrap turns the result back into cls, unwrap converts arguments."""
    for name in names:
        def method(self, *args, _name=name, **kwargs):
            if unwrap is not None:
                args = [unwrap(a) for a in args]
            result = getattr(self.data, _name)(*args, **kwargs)
            return self.__class__(result) if rewrap else result
        method.__name__ = name
        method.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, method)


def _applying(cls, **builtins):
    """Give cls methods like __len__ = len(self.data), one per keyword."""
    for name, func in builtins.items():
        def method(self, _func=func):
            return _func(self.data)
        method.__name__ = name
        method.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, method)


def _dict_data(obj):
    return obj.data if isinstance(obj, UserDict) else obj


def _list_data(obj):
    return obj.data if isinstance(obj, UserList) else obj


def _str_data(obj):
    return obj.data if isinstance(obj, UserString) else obj


class UserDict(_MutableMappingMixin):
    """A dict wrapper meant to be subclassed; the dict is self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        sources = [kwargs] if kwargs else []
        if dict is not None:
            sources.insert(0, dict)
        for source in sources:
            self.update(source)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        # data only: a __missing__ hook must not make every key present
        return key in self.data

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _dict_data(other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_dict_data(other) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _dict_data(other)
        return self

    def __copy__(self):
        return _copy_wrapper(self, self.__dict__['data'].copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy() it around an empty dict, then refill.
        import copy
        saved, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


@_comparing_data(_list_data)
class UserList(_SequenceMixin):
    """A list wrapper meant to be subclassed; the list is self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data = list(_list_data(initlist))

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, times):
        return self.__class__(self.data * times)

    __rmul__ = __mul__

    def __imul__(self, times):
        self.data *= times
        return self

    def __copy__(self):
        return _copy_wrapper(self, self.__dict__['data'][:])

    def copy(self):
        return self.__class__(self)

    def extend(self, other):
        self.data.extend(_list_data(other))


def _as_list(other):
    other = _list_data(other)
    return other if isinstance(other, list) else list(other)


_applying(UserDict, __len__=len, __repr__=repr)
_applying(UserList, __len__=len, __repr__=repr)
UserList.__hash__ = None
_forwarding(UserList, ['__contains__', '__setitem__', '__delitem__',
                       'append', 'insert', 'pop', 'remove', 'clear', 'count',
                       'index', 'reverse', 'sort'])


@_comparing_data(_str_data)
class UserString(_SequenceMixin):
    """A str wrapper meant to be subclassed; the string is self.data."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _str_data(char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _str_data(other)
        return self.__class__(self.data + (other if isinstance(other, str)
                                           else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str)
                               else str(other)) + self.data)

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __mul__(self, times):
        return self.__class__(self.data * times)

    __rmul__ = __mul__

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans


_applying(UserString, __len__=len, __repr__=repr, __str__=str, __int__=int,
          __float__=float, __complex__=complex, __hash__=hash)

# str methods whose result is wrapped again, those returned as they are, and
# those that also accept UserString arguments (as CPython's do).
_forwarding(UserString, ['capitalize', 'casefold', 'center', 'expandtabs',
                         'ljust', 'lower', 'lstrip', 'rjust', 'rstrip',
                         'strip', 'swapcase', 'title', 'translate', 'upper',
                         'zfill'], rewrap=True)
_forwarding(UserString, ['removeprefix', 'removesuffix', 'replace'],
            rewrap=True, unwrap=_str_data)
_forwarding(UserString, ['count', 'find', 'rfind'], unwrap=_str_data)
_forwarding(UserString, ['endswith', 'format', 'format_map', 'index',
                         'isalnum', 'isalpha', 'isascii', 'isdecimal',
                         'isdigit', 'isidentifier', 'islower', 'isnumeric',
                         'isprintable', 'isspace', 'istitle', 'isupper',
                         'join', 'partition', 'rindex', 'rpartition',
                         'rsplit', 'split', 'splitlines', 'startswith'])


################################################################################
# Registration with collections.abc, as CPython's classes are
################################################################################

if _abc is not None:
    _abc.MutableSequence.register(deque)
    _abc.MutableSequence.register(UserList)
    _abc.MutableMapping.register(UserDict)
    _abc.MutableMapping.register(ChainMap)
    _abc.Sequence.register(UserString)
    _abc.KeysView.register(_KeysView)
    _abc.ItemsView.register(_ItemsView)
    _abc.ValuesView.register(_ValuesView)
