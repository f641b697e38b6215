"""functools: tools for working with functions and callables (Gilt's own
implementation, matching the observable behaviour of CPython 3.11)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'cached_property',
           'singledispatchmethod', 'recursive_repr']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


# -- wrappers ------------------------------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes, merge
    the `updated` dicts and point __wrapped__ at wrapped."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last so a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# -- total_ordering ------------------------------------------------------------

# For each possible root comparison, how to derive the other three from it:
# (derived name, negate the root's result?, then combine with == / != ?).
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)),
}


def _derive(root, name, negate, combine):
    def method(self, other):
        outcome = getattr(type(self), root)(self, other)
        if outcome is NotImplemented:
            return outcome
        if negate:
            outcome = not outcome
        if combine == 'eq':
            return outcome or self == other
        if combine == 'ne':
            return outcome and self != other
        return outcome
    method.__name__ = name
    method.__qualname__ = '_%s_from_%s' % (name[2:4], root[2:4])
    return method


def _defines(cls, name):
    """True if some class in cls's MRO other than object defines name."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return klass is not object
    return False


def total_ordering(cls):
    """Class decorator: given one of < <= > >= (and ==), add the others."""
    present = [name for name in _DERIVATIONS if _defines(cls, name)]
    if not present:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = present[0]
    for name, negate, combine in _DERIVATIONS[root]:
        if name not in present:
            setattr(cls, name, _derive(root, name, negate, combine))
    return cls


# -- cmp_to_key ----------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function into a key= function."""
    def compare_with(test):
        def method(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError('other argument must be K instance')
            return test(mycmp(self.obj, other.obj))
        return method

    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        __lt__ = compare_with(lambda c: c < 0)
        __le__ = compare_with(lambda c: c <= 0)
        __eq__ = compare_with(lambda c: c == 0)
        __ge__ = compare_with(lambda c: c >= 0)
        __gt__ = compare_with(lambda c: c > 0)

        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")
    return KeyWrapper


# -- reduce --------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold iterable from the left with a two-argument function."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        total = args[2]
    else:
        total = next(items, _MISSING)
        if total is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


# -- partial / partialmethod ---------------------------------------------------

def _call_repr(head, func, args, keywords):
    shown = [repr(func)] + [repr(a) for a in args]
    shown += ['%s=%r' % pair for pair in keywords.items()]
    return '%s(%s)' % (head, ', '.join(shown))


def _readonly(self, value):
    raise AttributeError('readonly attribute')


_PARTIAL_SLOTS = ('_func', '_args', '_keywords')


def _user_attrs(p):
    # Gilt may list slot values in __dict__ too; leave those out.
    return {k: v for k, v in vars(p).items() if k not in _PARTIAL_SLOTS}


class partial:
    """partial(func, *args, **keywords): a callable that calls func with
    these arguments placed before (and keywords merged under) the ones it
    is given."""
    __slots__ = _PARTIAL_SLOTS + ('__dict__',)

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Collapse a plain inner partial (no extra attributes, standard call).
        if (isinstance(func, partial) and not _user_attrs(func)
                and type(func).__call__ is partial.__call__):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func, self._args, self._keywords = func, args, keywords
        return self

    func = property(lambda self: self._func, _readonly,
                    doc='function object to use in future partial calls')
    args = property(lambda self: self._args, _readonly,
                    doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords, _readonly,
                        doc='dictionary of keyword arguments to future partial calls')

    def __call__(self, /, *args, **keywords):
        return self._func(*self._args, *args, **{**self._keywords, **keywords})

    def __repr__(self):
        head = 'functools.partial' if type(self) is partial else type(self).__name__
        return _call_repr(head, self._func, self._args, self._keywords)

    def __reduce__(self):
        state = (self._func, self._args, self._keywords, _user_attrs(self) or None)
        return type(self), (self._func,), state

    def __setstate__(self, state):
        ok = isinstance(state, tuple) and len(state) == 4
        if ok:
            func, args, kwds, extra = state
            ok = (callable(func) and isinstance(args, tuple)
                  and isinstance(kwds, (dict, type(None)))
                  and isinstance(extra, (dict, type(None))))
        if not ok:
            raise TypeError('invalid partial state')
        if extra:
            vars(self).update(extra)
        self._func, self._args = func, tuple(args)
        self._keywords = dict(kwds) if kwds else {}


class partialmethod:
    """Like partial, but as a descriptor: the pre-set arguments come after
    the object (or class) the method is accessed through."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        kind = type(self)
        return _call_repr('%s.%s' % (kind.__module__, kind.__qualname__),
                          self.func, self.args, self.keywords)

    def _plain_function(self):
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            return spec.func(cls_or_self, *spec.args, *args,
                             **{**spec.keywords, **keywords})
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The descriptor produced something new (a bound method,
                # a classmethod binding ...): pre-apply our arguments to it.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return self._plain_function().__get__(obj, cls)


# -- lru_cache -----------------------------------------------------------------

_CacheInfo = None


def _cache_info(*numbers):
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo(*numbers)


_KW_SEPARATOR = object()


def _cache_key(args, kwds, typed):
    """Hashable key for one call; with typed, 1 and 1.0 get distinct keys."""
    if len(args) == 1 and not kwds and not typed and type(args[0]) in (int, str):
        # CPython uses a lone int/str argument itself as the key, so f(1)
        # and f(1.0) do not share an entry (the tuple (1.0,) != 1).
        return args[0]
    key = args
    if kwds:
        key = key + (_KW_SEPARATOR,) + tuple(kwds.items())
    if typed:
        key = key + tuple(map(type, args)) + tuple(map(type, kwds.values()))
    return key


def _caching_wrapper(user_function, maxsize, typed):
    # `store` relies on dict order: least recently used entries come first.
    store = {}
    counts = {'hits': 0, 'misses': 0}

    def wrapper(*args, **kwds):
        if maxsize == 0:
            counts['misses'] += 1
            return user_function(*args, **kwds)
        key = _cache_key(args, kwds, typed)
        found = store.get(key, _MISSING)
        if found is not _MISSING:
            counts['hits'] += 1
            if maxsize is not None:
                store[key] = store.pop(key)
            return found
        counts['misses'] += 1
        found = user_function(*args, **kwds)
        if key not in store:
            if maxsize is not None and len(store) >= maxsize:
                del store[next(iter(store))]
            store[key] = found
        return found

    def cache_info():
        return _cache_info(counts['hits'], counts['misses'], maxsize, len(store))

    def cache_clear():
        store.clear()
        counts['hits'] = counts['misses'] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoising a function, keeping at most maxsize results
    (None: unbounded) and dropping the least recently used first."""
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache.
        return _caching_wrapper(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _caching_wrapper(user_function, maxsize, typed)


def cache(user_function, /):
    """Unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# -- singledispatch ------------------------------------------------------------

def singledispatch(func):
    """Make func a generic function dispatching on its first argument's type;
    add implementations with .register()."""
    registry = {object: func}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return registry[object]

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda impl: register(cls, impl)
        elif func is None:
            # Plain @register: the type comes from the first annotation.
            hints = getattr(cls, '__annotations__', None)
            if not hints:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            cls = next(iter(hints.values()))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = pick(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        return update_wrapper(_method, self.func)


# -- recursive_repr ------------------------------------------------------------

def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a nested call for the same object (in
    the same thread) returns fillvalue instead of recursing forever."""
    def decorate(user_function):
        from _thread import get_ident
        active = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return user_function(self)
            finally:
                active.discard(token)
        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name))
        wrapper.__wrapped__ = user_function
        return wrapper
    return decorate


# -- cached_property -----------------------------------------------------------

class cached_property:
    """Property computed once per instance, then stored in its __dict__."""

    def __init__(self, func):
        self.__doc__ = func.__doc__
        self.func = func
        self.attrname = None  # filled in by __set_name__

    def __set_name__(self, owner, name):
        if self.attrname is not None and name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        stash = instance.__dict__
        value = stash.get(name, _MISSING)
        if value is _MISSING:
            value = stash[name] = self.func(instance)
        return value
