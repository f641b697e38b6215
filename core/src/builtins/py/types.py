"""Names for built-in types (a subset of CPython's `types`),
`GenericAlias`, the value of `list[int]` and friends, `UnionType`, the
value of `int | None`, and `MappingProxyType`, a read-only mapping view."""


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(__import__("sys"))
GeneratorType = type(_g())
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _C, _g


class SimpleNamespace:
    def __init__(self, mapping=None, /, **kwargs):
        if mapping is not None:
            self.__dict__.update(mapping)
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "%s(%s)" % (type(self).__name__ if type(self) is not SimpleNamespace
                           else "namespace", ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _type_repr(obj):
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. `list[int]`."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _type_params(args)

    def __repr__(self):
        if not self.__args__:
            args = "()"
        else:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        """Substitutes the type variables: `dict[str, list[T]][int]`."""
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        items = items if isinstance(items, tuple) else (items,)
        if len(items) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(items) > len(params) else "few", self,
                len(items), len(params)))
        return GenericAlias(self.__origin__,
                            tuple(_substitute(a, params, items) for a in self.__args__))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _type_params(args):
    """The type variables (anything with `__typing_subst__`) in `args` and
    in the aliases among them, in first-seen order."""
    found = []
    for a in args:
        if isinstance(a, type):
            continue
        inner = (a,) if hasattr(a, "__typing_subst__") else getattr(a, "__parameters__", ())
        for p in inner:
            if p not in found:
                found.append(p)
    return tuple(found)


def _substitute(arg, params, items):
    if isinstance(arg, type):
        return arg
    if hasattr(arg, "__typing_subst__") and arg in params:
        return arg.__typing_subst__(items[params.index(arg)])
    inner = getattr(arg, "__parameters__", ())
    if inner:
        return arg[tuple(_substitute(p, params, items) for p in inner)]
    return arg


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_or(a, b):
    """`a | b` for types (`type.__or__`/`__ror__` call this): a
    `UnionType`, the one type when both are the same, or NotImplemented."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for t in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if t is None:
                t = NoneType
            if t not in args:
                args.append(t)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(args)
    return u


def _union_item_repr(t):
    if t is NoneType:
        return "None"
    if hasattr(t, "__origin__") and hasattr(t, "__args__"):
        return repr(t)
    try:
        qualname, module = t.__qualname__, t.__module__
    except AttributeError:
        return repr(t)
    return qualname if module == "builtins" else "%s.%s" % (module, qualname)


class UnionType:
    """The value of `X | Y` for types: isinstance() and issubclass() accept
    it as they accept the tuple of its `__args__`."""

    __parameters__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join(_union_item_repr(t) for t in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


class mappingproxy:
    """A read-only view of a mapping (`types.MappingProxyType`)."""

    __module__ = "builtins"
    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if (not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__")
                or isinstance(mapping, (list, tuple))):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
del mappingproxy
