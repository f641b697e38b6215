"""operator: Python's operators as plain functions (Gilt's own implementation,
matching the observable behaviour of CPython 3.11's operator module)."""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
    'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
    'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
    'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
    'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
    'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_',
    'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

from builtins import abs as _abs


def _typename(obj):
    return type(obj).__name__


# -- comparisons and truth --------------------------------------------------

def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return bool(a)
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b


# -- arithmetic and bitwise -------------------------------------------------

def abs(a, /): return _abs(a)
def pos(a, /): return +a
def neg(a, /): return -a
def inv(a, /): return ~a
def add(a, b, /): return a + b
def sub(a, b, /): return a - b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def truediv(a, b, /): return a / b
def floordiv(a, b, /): return a // b
def mod(a, b, /): return a % b
def pow(a, b, /): return a ** b
def lshift(a, b, /): return a << b
def rshift(a, b, /): return a >> b
def and_(a, b, /): return a & b
def or_(a, b, /): return a | b
def xor(a, b, /): return a ^ b


invert = inv


def index(a, /):
    """Return a converted to an int via its __index__ method."""
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError(f"'{_typename(a)}' object cannot be interpreted as an integer")
    n = hook(a)
    if isinstance(n, int):
        return n
    raise TypeError(f"__index__ returned non-int (type {_typename(n)})")


# -- sequences ----------------------------------------------------------------

def _need_sequence(a):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{_typename(a)}' object can't be concatenated")


def concat(a, b, /):
    _need_sequence(a)
    return a + b


def contains(a, b, /): return b in a
def getitem(a, b, /): return a[b]


def setitem(a, b, c, /):
    a[b] = c


def delitem(a, b, /):
    del a[b]


def _iterate(seq):
    # Non-iterables are reported the way the `in` operator reports them.
    kind = type(seq)
    if getattr(kind, '__iter__', None) is None and getattr(kind, '__getitem__', None) is None:
        raise TypeError(f"argument of type '{kind.__name__}' is not iterable")
    return iter(seq)


def _positions(seq, item):
    """Yield the positions in seq holding something identical or equal to item."""
    for pos_, each in enumerate(_iterate(seq)):
        if each is item or each == item:
            yield pos_


def countOf(a, b, /):
    return sum(1 for _ in _positions(a, b))


def indexOf(a, b, /):
    for found in _positions(a, b):
        return found
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    """Best-effort length of obj: len() if it works, else __length_hint__,
    else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{_typename(default)}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    guess = NotImplemented if hook is None else hook(obj)
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError(f'__length_hint__ must be an integer, not {_typename(guess)}')
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# -- in-place forms: each returns the (possibly new) left operand -------------

def iadd(a, b, /):
    a += b
    return a


def isub(a, b, /):
    a -= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def imod(a, b, /):
    a %= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def iand(a, b, /):
    a &= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


def iconcat(a, b, /):
    _need_sequence(a)
    a += b
    return a


# -- callable helpers ----------------------------------------------------------

def _no_keywords(kind, kw):
    if kw:
        raise TypeError(f'{kind}() takes no keyword arguments')


def _dotted_lookup(path):
    steps = path.split('.')

    def lookup(obj):
        for step in steps:
            obj = getattr(obj, step)
        return obj
    return lookup


class attrgetter:
    """attrgetter(name, ...) -> callable fetching the named (possibly dotted)
    attribute(s) of its operand; several names give a tuple."""
    __slots__ = ('_names', '_fetch')

    def __init__(self, /, *names, **kw):
        _no_keywords('attrgetter', kw)
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        lookups = [_dotted_lookup(name) for name in names]
        if len(lookups) == 1:
            self._fetch = lookups[0]
        else:
            self._fetch = lambda obj: tuple([look(obj) for look in lookups])

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._names))

    def __reduce__(self):
        return type(self), self._names


class itemgetter:
    """itemgetter(key, ...) -> callable fetching obj[key]; several keys give
    a tuple."""
    __slots__ = ('_keys', '_fetch')

    def __init__(self, /, *keys, **kw):
        _no_keywords('itemgetter', kw)
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys
        if len(keys) == 1:
            only = keys[0]
            self._fetch = lambda obj: obj[only]
        else:
            self._fetch = lambda obj: tuple([obj[k] for k in keys])

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._keys))

    def __reduce__(self):
        return type(self), self._keys


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) -> callable doing
    obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)] + [repr(a) for a in self._args]
        parts += ['%s=%r' % pair for pair in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# Every function except these is also exported under a dunder name,
# e.g. __add__ for add and __and__ for and_.
_PLAIN_ONLY = {'truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint',
               'attrgetter', 'itemgetter', 'methodcaller'}
for _name in __all__:
    if _name not in _PLAIN_ONLY:
        globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
