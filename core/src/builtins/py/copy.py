"""copy: shallow and deep copying of arbitrary objects (Gilt's own
implementation, matching the observable behaviour of CPython 3.11:
__copy__/__deepcopy__ hooks, the memo dict, __reduce_ex__/__reduce__,
__getstate__/__setstate__, __getnewargs__ and __slots__)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error  # old alias

_FunctionType = type(lambda: None)
_ModuleType = type(__import__('sys'))


class _Holder:
    def bound(self):
        pass


_BoundMethod = type(_Holder().bound)
del _Holder

# Objects of these exact types are returned as they are by deepcopy() ...
_KEEP_DEEP = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float,
    complex, str, bytes, range, type, property, _FunctionType, type(len),
})
# ... and by copy(), which also keeps immutable containers.
_KEEP_SHALLOW = _KEEP_DEEP | {tuple, frozenset, slice}

_SHALLOW_COPIERS = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray,
    _BoundMethod: lambda m: _BoundMethod(m.__func__, m.__self__),
}


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _KEEP_SHALLOW or issubclass(cls, type):
        return x
    quick = _SHALLOW_COPIERS.get(cls)
    if quick is not None:
        return quick(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    recipe = _recipe(x)
    if recipe is None:
        return x
    return _rebuild(x, recipe, None)


# -- deep copy -------------------------------------------------------------------

def _deep_list(x, memo):
    clone = memo[id(x)] = []
    for item in x:
        clone.append(deepcopy(item, memo))
    return clone


def _deep_dict(x, memo):
    clone = memo[id(x)] = {}
    for k, v in x.items():
        clone[deepcopy(k, memo)] = deepcopy(v, memo)
    return clone


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # Copying the parts may have reached (and copied) x through a cycle.
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(parts, x)):
        return x
    return tuple(parts)


def _deep_method(x, memo):
    # Rebind the function to a deep copy of the bound object.
    return _BoundMethod(x.__func__, deepcopy(x.__self__, memo))


_DEEP_COPIERS = {
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    set: lambda x, memo: {deepcopy(item, memo) for item in x},
    frozenset: lambda x, memo: frozenset(deepcopy(item, memo) for item in x),
    bytearray: lambda x, memo: bytearray(x),
    slice: lambda x, memo: slice(*deepcopy((x.start, x.stop, x.step), memo)),
}
_DEEP_COPIERS[_BoundMethod] = _deep_method

_UNSET = object()


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) -> copy for objects already
    copied during this call."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _UNSET)
    if done is not _UNSET:
        return done
    cls = type(x)
    if cls in _KEEP_DEEP or issubclass(cls, type):
        return x
    special = _DEEP_COPIERS.get(cls)
    if special is not None:
        result = special(x, memo)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            result = hook(memo)
        else:
            recipe = _recipe(x)
            result = x if recipe is None else _rebuild(x, recipe, memo)
    if result is not x:
        memo[key] = result
        # Keep x alive for as long as the memo, so its id stays unique.
        memo.setdefault(id(memo), []).append(x)
    return result


# -- the pickle protocol ---------------------------------------------------------

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)


def _recipe(x):
    """The reduce tuple for x, or None when x is to be shared as it is."""
    cls = type(x)
    custom_ex = getattr(cls, '__reduce_ex__', None)
    custom = getattr(cls, '__reduce__', None)
    if custom_ex is not None and custom_ex is not _object_reduce_ex:
        result = custom_ex(x, 4)
    elif custom is not None and custom is not _object_reduce:
        result = custom(x)
    else:
        result = _object_recipe(x)
    return None if isinstance(result, str) else result


def _slot_names(cls):
    """Names of all __slots__ entries along cls's MRO (mangled if private)."""
    found = []
    for klass in cls.__mro__:
        declared = vars(klass).get('__slots__', ())
        for name in ((declared,) if isinstance(declared, str) else declared):
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            found.append(name)
    return found


def _plain_state(x):
    attrs = getattr(x, '__dict__', None)
    attrs = dict(attrs) if attrs else None
    slotted = {}
    for name in _slot_names(type(x)):
        value = getattr(x, name, _UNSET)
        if value is not _UNSET:
            slotted[name] = value
    return (attrs, slotted) if slotted else attrs


def _new_instance(cls, *args):
    return cls.__new__(cls, *args)


def _object_recipe(x):
    """What object.__reduce_ex__(4) would produce for x."""
    cls = type(x)
    if (cls is not object and cls.__module__ == 'builtins'
            and (cls is _ModuleType or not hasattr(x, '__dict__'))):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if getattr(cls, '__getstate__', None) is not None:
        state = x.__getstate__()
    else:
        state = _plain_state(x)
    newargs = getattr(x, '__getnewargs__', None)
    newargs = tuple(newargs()) if newargs is not None else ()
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    return _new_instance, (cls,) + newargs, state, items, pairs


def _rebuild(x, recipe, memo):
    """Build the copy of x described by a reduce tuple; deep when memo is
    not None."""
    func, args, state, items, pairs = (tuple(recipe) + (None,) * 3)[:5]
    if memo is None:
        dup = lambda obj: obj
    else:
        dup = lambda obj: deepcopy(obj, memo)
    if memo is not None and args:
        args = dup(args)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        state = dup(state)
        setter = getattr(y, '__setstate__', None)
        if setter is not None:
            setter(state)
        else:
            slotted = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotted = state
            if state:
                y.__dict__.update(state)
            for name, value in (slotted or {}).items():
                setattr(y, name, value)
    for item in items or ():
        y.append(dup(item))
    for k, v in pairs or ():
        y[dup(k)] = dup(v)
    return y
