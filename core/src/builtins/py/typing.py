"""typing: runtime support for type hints.

Gilt's own implementation, matching CPython 3.11's observable behaviour:
the special forms and their reprs, equality and hashing of the aliases,
subscription and type-variable substitution, Generic and Protocol,
NamedTuple, TypedDict, NewType, and the introspection helpers
(get_origin, get_args, get_type_hints). The collection ABCs behind
`typing.Iterable`, `typing.Mapping`, ... are those of `collections.abc`
and `contextlib`."""

import sys
import types
import functools
import operator
import collections
import collections.abc as _cabc
import contextlib
from abc import ABCMeta, abstractmethod
from types import GenericAlias

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager',
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

_NoneType = type(None)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def _as_tuple(x):
    return x if isinstance(x, tuple) else (x,)


def _convert(arg, module=None, *, allow_special_forms=False):
    """None becomes NoneType and a string becomes a ForwardRef."""
    if isinstance(arg, str):
        arg = ForwardRef(arg, module=module, is_class=allow_special_forms)
    elif arg is None:
        arg = _NoneType
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Validate one type argument (converted first); `msg` prefixes the
    error for values that cannot be types."""
    arg = _convert(arg, module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        head = arg.__origin__
        if (head is Generic or head is Protocol
                or (head is ClassVar and not allow_special_forms)
                or (head is Final and not allow_special_forms and is_argument)):
            raise TypeError(f"{arg} is not valid as type argument")
    bare_ok = [Any, LiteralString, NoReturn, Never, Self, TypeAlias]
    if allow_special_forms:
        bare_ok += [ClassVar, Final]
    if any(arg is form for form in bare_ok):
        return arg
    if arg is Generic or arg is Protocol or isinstance(arg, _SpecialForm):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is not tuple:
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


def _plain_class(x):
    """A class proper (list[int] passes isinstance(x, type) too)."""
    return isinstance(x, type) and not isinstance(x, GenericAlias)


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec))
            or isinstance(arg, _ConcatenateGenericAlias))


def _type_repr(obj):
    """How a type shows inside an alias's repr."""
    if obj is Ellipsis:
        return '...'
    if _plain_class(obj):
        prefix = '' if obj.__module__ == 'builtins' else obj.__module__ + '.'
        return prefix + obj.__qualname__
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _is_unpacked_tvt(x):
    return (not isinstance(x, type)
            and getattr(x, '__typing_is_unpacked_typevartuple__', False))


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_tvt(x)


def _parameters_of(args):
    """The type variables in `args`, in first-seen order."""
    found = []
    for a in args:
        if _plain_class(a):
            continue
        if hasattr(a, '__typing_subst__'):
            if a not in found:
                found.append(a)
            continue
        if isinstance(a, (list, tuple)):
            inner = _parameters_of(a)
        else:
            inner = getattr(a, '__parameters__', ())
        for p in inner:
            if p not in found:
                found.append(p)
    return tuple(found)


def _check_arity(cls, params, expected):
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    got = len(params)
    if got != expected:
        word = 'many' if got > expected else 'few'
        raise TypeError(f"Too {word} arguments for {cls}; actual {got}, expected {expected}")


def _unique(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return tuple(_unique(flat))


def _literal_key(values):
    return [(v, type(v)) for v in values]


def _cached(func=None, *, typed=False):
    """Memoise a subscription by its arguments (when they are hashable)."""
    if func is None:
        return lambda f: _cached(f, typed=typed)
    memo = functools.lru_cache(typed=typed)(func)

    @functools.wraps(func)
    def wrapper(*args):
        try:
            hash(args)
        except TypeError:
            return func(*args)
        return memo(*args)
    return wrapper


def _module_of_caller(depth=2, default='__main__'):
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _eval_type(t, globalns, localns, guard=frozenset()):
    """Resolve the forward references inside `t`."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, guard)
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    parts = t.__args__
    if isinstance(t, GenericAlias):
        parts = tuple(ForwardRef(a) if isinstance(a, str) else a for a in parts)
        if _should_unflatten(t, parts):
            parts = (list(parts[:-1]), parts[-1])
    new = tuple(_eval_type(a, globalns, localns, guard) for a in parts)
    if new == t.__args__:
        return t
    return _rebuild(t, new)


def _rebuild(t, args):
    """An alias like `t` but with other arguments."""
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, args)
    return t.copy_with(args)


def _should_unflatten(t, args):
    return t.__origin__ is _cabc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


class _Final:
    """Base of typing's own classes: they cannot be subclassed outside."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if not kwds.get('_root'):
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """Copies (shallow or deep) are the object itself."""

    __slots__ = ()

    def __copy__(self):
        return self

    __deepcopy__ = lambda self, memo: self


class _NotIterable:
    """Blocks the iteration that __getitem__ would otherwise allow."""

    __slots__ = ()
    __iter__ = None


class _Unionable:
    """`X | Y` builds Union[X, Y]."""

    __slots__ = ()

    def __or__(self, rhs):
        return Union[self, rhs]

    def __ror__(self, lhs):
        return Union[lhs, self]


# ---------------------------------------------------------------------------
# Special forms
# ---------------------------------------------------------------------------

class _SpecialForm(_Unionable, _Final, _NotIterable, _root=True):
    # A typing construct made from a function: Union, ClassVar, ...
    # (no docstring: __doc__ is a slot, filled from the function)

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, fn, name=None, doc=None):
        self._getitem = fn
        self._name = name or fn.__name__
        self.__doc__ = doc or fn.__doc__

    def __repr__(self):
        return f'typing.{self._name}'

    def __getattr__(self, attr):
        if attr not in ('__name__', '__qualname__'):
            raise AttributeError(attr)
        return self._name

    def __reduce__(self):
        return self._name

    @_cached
    def __getitem__(self, params):
        return self._getitem(self, params)

    def __call__(self, *a, **kw):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, instance):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, klass):
        raise TypeError(f"{self} cannot be used with issubclass()")


class _LiteralSpecialForm(_SpecialForm, _root=True):
    """Literal: its arguments are values, passed spread out."""

    def __getitem__(self, params):
        return self._getitem(self, *_as_tuple(params))


class _AnyMeta(type):
    def __instancecheck__(cls, instance):
        if cls is not Any:
            return super().__instancecheck__(instance)
        raise TypeError("typing.Any cannot be used with isinstance()")

    def __repr__(cls):
        return "typing.Any" if cls is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type; subclassable."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls, *args, **kwargs)
        raise TypeError("Any cannot be instantiated")


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _one_type(self, parameters):
    # ClassVar, Final and TypeGuard take exactly one type.
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} accepts only single type. Got {parameters!r:.100}.")
    return _GenericAlias(self, (_type_check(parameters, f'{self} accepts only single type.'),))


def _key_mark(self, parameters):
    # Required and NotRequired.
    return _GenericAlias(self, (_type_check(parameters, f'{self._name} accepts only a single type.'),))


NoReturn = _SpecialForm(_not_subscriptable, 'NoReturn',
                        "The return type of a function that never returns.")
Never = _SpecialForm(_not_subscriptable, 'Never', "The bottom type, which has no values.")
Self = _SpecialForm(_not_subscriptable, 'Self', "The type of the enclosing class.")
LiteralString = _SpecialForm(_not_subscriptable, 'LiteralString', "A type for literal strings.")
TypeAlias = _SpecialForm(_not_subscriptable, 'TypeAlias', "Marks an explicit type alias.")
ClassVar = _SpecialForm(_one_type, 'ClassVar', "Marks a class variable.")
Final = _SpecialForm(_one_type, 'Final', "Marks a name that cannot be reassigned.")
TypeGuard = _SpecialForm(_one_type, 'TypeGuard', "Marks a user-defined type guard function.")
Required = _SpecialForm(_key_mark, 'Required', "Marks a TypedDict key as required.")
NotRequired = _SpecialForm(_key_mark, 'NotRequired', "Marks a TypedDict key as possibly missing.")


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _as_tuple(parameters)
    checked = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                    for p in parameters)
    members = _flatten_union(checked)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(self, members, name="Optional")
    return _UnionGenericAlias(self, members)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    item = _type_check(parameters, f"{self} requires a single type.")
    return Union[item, None]


@_LiteralSpecialForm
@_cached(typed=True)
def Literal(self, *parameters):
    """A type whose values are exactly the given literals."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        flat = [v for v, _ in dict.fromkeys(_literal_key(flat))]
    except TypeError:
        pass  # unhashable values: kept as given
    return _LiteralGenericAlias(self, tuple(flat))


@_SpecialForm
def Concatenate(self, parameters):
    """Prepends parameters to a ParamSpec in Callable[Concatenate[...], R]."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    parameters = _as_tuple(parameters)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    head = tuple(_type_check(p, "Concatenate[arg, ...]: each arg must be a type.")
                 for p in parameters[:-1])
    return _ConcatenateGenericAlias(self, head + (parameters[-1],))


@_SpecialForm
def Unpack(self, parameters):
    """Unpacks a TypeVarTuple: Tuple[int, Unpack[Ts]]."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


# ---------------------------------------------------------------------------
# Forward references
# ---------------------------------------------------------------------------

class ForwardRef(_Unionable, _Final, _root=True):
    """A string annotation, evaluated on demand."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_code__ = _compile_annotation(arg)
        self.__forward_evaluated__ = False
        self.__forward_value__ = None

    def _evaluate(self, globalns, localns, guard):
        name = self.__forward_arg__
        if name in guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        home = sys.modules.get(self.__forward_module__) if self.__forward_module__ else None
        if home is not None:
            globalns = home.__dict__
        found = eval(self.__forward_code__, globalns, localns)
        found = _type_check(found, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(found, globalns, localns, guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            if (self.__forward_arg__, self.__forward_module__) != \
                    (other.__forward_arg__, other.__forward_module__):
                return False
            if self.__forward_evaluated__ and other.__forward_evaluated__:
                return self.__forward_value__ == other.__forward_value__
            return True
        return NotImplemented

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        where = self.__forward_module__
        extra = '' if where is None else f', module={where!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


def _compile_annotation(text):
    # A starred annotation ('*Ts') is compiled inside a tuple display.
    source = f'({text},)[0]' if text.startswith('*') else text
    try:
        return compile(source, '<string>', 'eval')
    except SyntaxError:
        pass
    raise SyntaxError(f"Forward reference must be an expression -- got {text!r}")


# ---------------------------------------------------------------------------
# Type variables
# ---------------------------------------------------------------------------

class _TypeVarBase(_Unionable, _Final, _Immutable, _root=True):
    """Shared by TypeVar and ParamSpec: variance, bound, repr."""

    def _setup(self, name, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        module = _module_of_caller(3, None)
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class TypeVar(_TypeVarBase, _root=True):
    """A type variable: T = TypeVar('T'), optionally constrained or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self._setup(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for t in constraints)

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.")
        if (isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or _is_unpacked_tvt(arg):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as Unpack[Ts]."""

    def __init__(self, name):
        self.__name__ = name
        module = _module_of_caller(2, None)
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return self.__name__

    __reduce__ = __repr__

    def __iter__(self):
        yield Unpack[self]

    def __typing_prepare_subst__(self, alias, given):
        params = alias.__parameters__
        at = params.index(self)
        before, after = at, len(params) - at - 1
        if len(given) < before + after:
            raise TypeError(f"Too few arguments for {alias}; actual {len(given)}, "
                            f"expected at least {len(params) - 1}")
        stop = len(given) - after
        return (*given[:before], tuple(given[before:stop]), *given[stop:])

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")


class _ParamSpecPart(_Final, _Immutable, _root=True):
    """P.args or P.kwargs: remembers P as __origin__."""

    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._suffix}"


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """P.args, for annotating *args."""
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """P.kwargs, for annotating **kwargs."""
    _suffix = 'kwargs'


class ParamSpec(_TypeVarBase, _root=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    args = property(lambda self: ParamSpecArgs(self), doc="P.args")
    kwargs = property(lambda self: ParamSpecKwargs(self), doc="P.kwargs")

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._setup(name, bound, covariant, contravariant)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if _is_param_expr(arg):
            return arg
        raise TypeError(f"Expected a list of types, an ellipsis, "
                        f"ParamSpec, or Concatenate. Got {arg}")

    def __typing_prepare_subst__(self, alias, given):
        at = alias.__parameters__.index(self)
        if at >= len(given):
            raise TypeError(f"Too few arguments for {alias}")
        if len(alias.__parameters__) == 1 and not _is_param_expr(given[0]):
            return (given,)
        if isinstance(given[at], list):
            return (*given[:at], tuple(given[at]), *given[at + 1:])
        return given


# ---------------------------------------------------------------------------
# Generic aliases
# ---------------------------------------------------------------------------

_ALIAS_OWN = frozenset({'_name', '_inst', '_nparams', '_paramspec_tvars'})


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


class _BaseGenericAlias(_Final, _root=True):
    """What List, List[int], Callable[..., int] and friends share: a wrapped
    origin class, calling it, subclassing through it, attribute access."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._name = name
        self._inst = inst
        self.__slots__ = None

    def __call__(self, *a, **kw):
        if self._inst:
            made = self.__origin__(*a, **kw)
            try:
                made.__orig_class__ = self
            except AttributeError:
                pass
            return made
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        later = bases[bases.index(self) + 1:]
        needs_generic = not any(
            isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
            for b in later)
        entries = () if self.__origin__ in bases else (self.__origin__,)
        return entries + (Generic,) if needs_generic else entries

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if _is_dunder(attr) or '__origin__' not in self.__dict__:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, val):
        target = self if _is_dunder(attr) or attr in _ALIAS_OWN else None
        if target is None:
            setattr(self.__origin__, attr, val)
        else:
            object.__setattr__(self, attr, val)

    def __instancecheck__(self, instance):
        self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        own = set(object.__dir__(self))
        return sorted(own.union(n for n in dir(self.__origin__) if not n.startswith('__')))


class _GenericAlias(_Unionable, _BaseGenericAlias, _root=True):
    """An origin with arguments: List[int], Box[T], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not name:
            self.__module__ = origin.__module__
        self._paramspec_tvars = _paramspec_tvars
        args = _as_tuple(args)
        self.__args__ = tuple(Ellipsis if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _parameters_of(args)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __repr__(self):
        head = _type_repr(self.__origin__) if not self._name else 'typing.' + self._name
        shown = [_type_repr(a) for a in self.__args__] or ['()']
        return head + '[' + ', '.join(shown) + ']'

    @_cached
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        converted = tuple(map(_convert, _as_tuple(args)))
        return self.copy_with(_substitute(self, converted))

    def copy_with(self, params):
        return type(self)(self.__origin__, params, inst=self._inst, name=self._name,
                          _paramspec_tvars=self._paramspec_tvars)

    def __reduce__(self):
        base = self.__origin__ if not self._name else globals()[self._name]
        key = self.__args__
        if len(key) == 1 and type(key[0]) is not tuple:
            key = key[0]
        return operator.getitem, (base, key)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            # Generic[...] only adds Generic when no later base brings it.
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _BaseGenericAlias) for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


def _substitute(alias, args):
    """The arguments of `alias` with its parameters replaced by `args`."""
    params = alias.__parameters__
    for p in params:
        prepare = getattr(p, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    _check_arity(alias, args, len(params))
    mapping = {p: p.__typing_subst__(a) for p, a in zip(params, args)}
    out = []
    for old in alias.__args__:
        if _is_unpacked_tvt(old):
            out.extend(mapping[old.__args__[0]])
            continue
        new = _replace_in(old, mapping)
        if alias.__origin__ is _cabc.Callable and isinstance(new, tuple):
            out.extend(new)
        else:
            out.append(new)
    return tuple(out)


def _replace_in(x, mapping):
    """x with the type variables of `mapping` replaced, however deep."""
    if _plain_class(x):
        return x
    if hasattr(x, '__typing_subst__'):
        return mapping[x]
    inner = getattr(x, '__parameters__', ())
    if inner:
        return x[tuple(mapping[p] for p in inner)]
    if isinstance(x, (list, tuple)):
        return type(x)(_replace_in(a, mapping) for a in x)
    return x


class _SpecialGenericAlias(_Unionable, _NotIterable, _BaseGenericAlias, _root=True):
    """The bare aliases: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'
        self._nparams = nparams

    def __repr__(self):
        return f'typing.{self._name}'

    __reduce__ = lambda self: self._name

    @_cached
    def __getitem__(self, params):
        checked = tuple(_type_check(p, "Parameters to generic types must be types.")
                        for p in _as_tuple(params))
        _check_arity(self, checked, self._nparams)
        return self.copy_with(checked)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        if isinstance(klass, _GenericAlias):
            return super().__subclasscheck__(klass)
        if isinstance(klass, _SpecialGenericAlias):
            klass = klass.__origin__
        return issubclass(klass, self.__origin__)


def _callable_parts(args):
    """(parameters, result) of Callable's flat arguments, or None when the
    parameters are one expression (..., a ParamSpec, a Concatenate)."""
    if len(args) == 2 and _is_param_expr(args[0]):
        return None
    return list(args[:-1]), args[-1]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[A, B], R], stored flat as (A, B, R)."""

    def __repr__(self):
        parts = _callable_parts(self.__args__)
        if parts is None:
            return super().__repr__()
        shown = ', '.join(map(_type_repr, parts[0]))
        return f'typing.Callable[[{shown}], {_type_repr(parts[1])}]'

    def __reduce__(self):
        parts = _callable_parts(self.__args__) or self.__args__
        return operator.getitem, (Callable, tuple(parts))


class _CallableType(_SpecialGenericAlias, _root=True):
    """The bare Callable."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, inst=self._inst,
                                     name=self._name, _paramspec_tvars=True)

    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        head, tail = params
        # A list is not hashable: make it a tuple so the result can be cached.
        return self._subscript((tuple(head) if isinstance(head, list) else head, tail))

    @_cached
    def _subscript(self, pair):
        head, tail = pair
        tail = _type_check(tail, "Callable[args, result]: result must be a type.")
        if head is Ellipsis:
            return self.copy_with((_TypingEllipsis, tail))
        return self.copy_with(tuple(map(_convert, _as_tuple(head))) + (tail,))


class _TupleType(_SpecialGenericAlias, _root=True):
    """The bare Tuple."""

    @_cached
    def __getitem__(self, params):
        items = _as_tuple(params)
        variadic = len(items) > 1 and items[-1] is Ellipsis
        if variadic:
            items = items[:-1]
        msg = "Tuple[t, ...]: t must be a type." if variadic else \
            "Tuple[t0, t1, ...]: each t must be a type."
        checked = tuple(_type_check(p, msg) for p in items)
        return self.copy_with(checked + (_TypingEllipsis,) if variadic else checked)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y] (shown as Optional[X] for Union[X, None])."""

    def __repr__(self):
        members = self.__args__
        if len(members) != 2 or _NoneType not in members:
            return super().__repr__()
        kept = [m for m in members if m is not _NoneType][0]
        return f'typing.Optional[{_type_repr(kept)}]'

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(other.__args__) == set(self.__args__)
        return NotImplemented

    def copy_with(self, params):
        return Union[params]

    def __subclasscheck__(self, klass):
        return any(issubclass(klass, member) for member in self.__args__)

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]: compared as a set of (value, type) pairs."""

    def __hash__(self):
        return hash(frozenset(_literal_key(self.__args__)))

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return set(_literal_key(other.__args__)) == set(_literal_key(self.__args__))
        return NotImplemented


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[X, P]; substituting P with a list splices it in."""

    def copy_with(self, params):
        *head, last = params
        if isinstance(last, (list, tuple)):
            return (*head, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*head, *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[Ts], shown as *Ts."""

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        is_tuple = isinstance(inner, _GenericAlias) and inner.__origin__ is tuple
        return inner.__args__ if is_tuple else None

    def __repr__(self):
        return f'*{self.__args__[0]!r}'

    def __getitem__(self, args):
        if not self.__typing_is_unpacked_typevartuple__:
            return super().__getitem__(args)
        return args


class _TypingEllipsis:
    """Stands for `...` inside an alias's arguments while building it."""


# ---------------------------------------------------------------------------
# Generic
# ---------------------------------------------------------------------------

class Generic:
    """Base class for generic classes: class Box(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    @_cached
    def __class_getitem__(cls, params):
        params = tuple(_convert(p) for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            own = cls.__parameters__
            for p in own:
                prepare = getattr(p, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_arity(cls, params, len(own))
            spread = []
            for p, a in zip(own, params):
                if isinstance(p, TypeVarTuple):
                    spread.extend(a)
                else:
                    spread.append(a)
            params = tuple(spread)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is None:
            # No subscripted base: Generic itself may only be listed by
            # Protocol and TypedDict classes.
            if (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                    and type(cls) is not _TypedDictMeta):
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if Generic in orig:
            raise TypeError("Cannot inherit from plain Generic")
        found = _parameters_of(orig)
        declared = [b.__parameters__ for b in orig
                    if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple times.")
        if declared:
            listed = declared[0]
            missing = [t for t in found if t not in listed]
            if missing:
                raise TypeError(
                    f"Some type variables ({', '.join(map(str, missing))}) "
                    f"are not listed in Generic[{', '.join(map(str, listed))}]")
            found = listed
        cls.__parameters__ = tuple(found)


Generic.__parameters__ = ()


# ---------------------------------------------------------------------------
# Protocol
# ---------------------------------------------------------------------------

_NOT_MEMBERS = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__',
    '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__',
    '_MutableMapping__marker', '__qualname__',
])

# Non-protocol bases a protocol may still list.
_PROTOCOL_OK_BASES = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator',
                        'AsyncIterable', 'Hashable', 'Sized', 'Container',
                        'Collection', 'Reversible'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _get_protocol_attrs(cls):
    """The member names a protocol class declares (itself and its bases)."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for name in [*base.__dict__, *annotations]:
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                names.add(name)
    return names


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _get_protocol_attrs(cls))


def _lenient_caller(depth):
    """abc and functools may probe any protocol without an error."""
    return _module_of_caller(depth + 2) in ('abc', 'functools')


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def _has_member(instance, proto, name):
    # A method member set to None on the instance does not count.
    if not hasattr(instance, name):
        return False
    return not callable(getattr(proto, name, None)) or getattr(instance, name) is not None


class _ProtocolMeta(ABCMeta):
    """Metaclass of Protocol: structural isinstance() for protocol classes."""

    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if (is_proto and not getattr(cls, '_is_runtime_protocol', False)
                and not _lenient_caller(1)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if (not is_proto or _only_methods(cls)) and issubclass(instance.__class__, cls):
            return True
        if is_proto and all(_has_member(instance, cls, name)
                            for name in _get_protocol_attrs(cls)):
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol') and not _lenient_caller(1):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _only_methods(cls):
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
        return super().__subclasscheck__(other)


def _member_status(other, name):
    """True if `other` provides protocol member `name`, None if it blocks
    it (set to None), False if it lacks it."""
    for klass in other.__mro__:
        if name in klass.__dict__:
            return None if klass.__dict__[name] is None else True
        notes = getattr(klass, '__annotations__', {})
        if (isinstance(notes, _cabc.Mapping) and name in notes
                and issubclass(other, Generic) and other._is_protocol):
            return True
    return False


def _structural_hook(cls, other):
    """__subclasshook__ of protocol classes: every member is present."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False) or not _only_methods(cls):
        return NotImplemented
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    if all(_member_status(other, name) for name in _get_protocol_attrs(cls)):
        return True
    return NotImplemented


def _protocol_base_ok(base):
    if base in (object, Generic):
        return True
    if base.__name__ in _PROTOCOL_OK_BASES.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and base._is_protocol


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types (checked by members, not by
    inheritance, once decorated with @runtime_checkable)."""

    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = classmethod(_structural_hook)
        if cls._is_protocol:
            bad = [b for b in cls.__bases__ if not _protocol_base_ok(b)]
            if bad:
                raise TypeError('Protocols can only inherit from other'
                                f' protocols, got {bad[0]!r}')
            if cls.__init__ is Protocol.__init__:
                cls.__init__ = _no_init


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() against a protocol class."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# Annotated
# ---------------------------------------------------------------------------

class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata attached."""

    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, a], b] is flattened to Annotated[T, a, b].
        extra = ()
        while isinstance(origin, _AnnotatedAlias):
            extra = origin.__metadata__ + extra
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = extra + metadata

    def __repr__(self):
        shown = [_type_repr(self.__origin__)] + [repr(m) for m in self.__metadata__]
        return f"typing.Annotated[{', '.join(shown)}]"

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x]: the type T carrying context-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_cached
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an annotation).")
        inner = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                            allow_special_forms=params[0] in (ClassVar, Final))
        return _AnnotatedAlias(inner, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------------------
# Functions
# ---------------------------------------------------------------------------

def cast(typ, val):
    """Return val unchanged (a hint for the type checker)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (the checker verifies its type is typ)."""
    return val


def _strip_annotations(t):
    """t without any Annotated wrappers (or Required/NotRequired)."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, stripped)
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, stripped)
        return t.copy_with(stripped)
    return t


def _resolve(value, globalns, localns, *, is_class, module=None):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=not is_class, module=module,
                           is_class=is_class)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module, function or method, with string
    annotations evaluated (Annotated wrappers kept only with
    include_extras=True)."""
    if getattr(obj, '__no_type_check__', None):
        hints = {}
    elif isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        hints = _object_hints(obj, globalns, localns)
    if not include_extras:
        hints = {key: _strip_annotations(val) for key, val in hints.items()}
    return hints


def _class_hints(cls, globalns, localns):
    found = {}
    for klass in cls.__mro__[::-1]:
        table = klass.__dict__.get('__annotations__', None) or {}
        if not table:
            continue
        own = dict(vars(klass))
        if globalns is not None:
            gns, lns = globalns, (own if localns is None else localns)
        else:
            home = getattr(sys.modules.get(klass.__module__, None), '__dict__', {})
            # Names in the class body shadow the module's ones.
            gns, lns = (own, home) if localns is None else (home, localns)
        for key, val in table.items():
            found[key] = _resolve(val, gns, lns, is_class=True)
    return found


def _object_hints(obj, globalns, localns):
    table = getattr(obj, '__annotations__', None)
    if table is None:
        if isinstance(obj, _NO_ANNOTATIONS_OK):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None and isinstance(obj, types.ModuleType):
        globalns = obj.__dict__
    elif globalns is None:
        target = obj
        while hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        globalns = getattr(target, '__globals__', {})
    if localns is None:
        localns = globalns
    as_class = isinstance(obj, types.ModuleType)
    return {key: _resolve(val, globalns, localns, is_class=as_class)
            for key, val in dict(table).items()}


_NO_ANNOTATIONS_OK = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                      types.ModuleType, type(str.join), type(object.__init__))


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return Generic if tp is Generic else None


def get_args(tp):
    """The arguments of tp, Callable's unflattened: ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, GenericAlias)):
        return ()
    if _should_unflatten(tp, tp.__args__):
        return _callable_parts(tp.__args__)
    return tp.__args__


def is_typeddict(tp):
    """True for classes made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


def assert_never(arg, /):
    """Fail at runtime: the checker proves this call unreachable."""
    text = repr(arg)
    if len(text) > 100:
        text = text[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {text}")


def no_type_check(arg):
    """Mark a function, or every function of a class, as not type-checked."""
    if isinstance(arg, type):
        for value in list(arg.__dict__.values()):
            target = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
            if isinstance(target, types.FunctionType) or isinstance(value, type):
                if getattr(target, '__qualname__', '').startswith(arg.__qualname__ + '.'):
                    no_type_check(target)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Turn a decorator into one that also applies @no_type_check."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


_OVERLOAD_CALLED = ("You should not call an overloaded function. A series of "
                    "@overload-decorated functions outside a stub module should "
                    "always be followed by an implementation that is not @overload-ed.")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(_OVERLOAD_CALLED)


# module -> qualname -> first line -> function
_overloads = collections.defaultdict(lambda: collections.defaultdict(dict))


def overload(func):
    """Record an overload signature; calling it raises NotImplementedError."""
    target = getattr(func, '__func__', func)
    try:
        code = target.__code__
        _overloads[target.__module__][target.__qualname__][code.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func."""
    target = getattr(func, '__func__', func)
    by_name = _overloads.get(getattr(target, '__module__', None), {})
    return list(by_name.get(getattr(target, '__qualname__', None), {}).values())


def clear_overloads():
    """Forget every recorded overload."""
    _overloads.clear()


def final(f):
    """Mark a method or class as final (sets __final__ where possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as dataclass-like."""
    def mark(target):
        target.__dataclass_transform__ = dict(
            eq_default=eq_default, order_default=order_default,
            kw_only_default=kw_only_default, field_specifiers=field_specifiers,
            kwargs=kwargs)
        return target
    return mark


# ---------------------------------------------------------------------------
# Predefined type variables and the aliases of the collections
# ---------------------------------------------------------------------------

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


# (typing name, class, number of parameters); the name defaults to the class's.
for _name, _origin, _n in [
        ('Hashable', _cabc.Hashable, 0), ('Awaitable', _cabc.Awaitable, 1),
        ('Coroutine', _cabc.Coroutine, 3), ('AsyncIterable', _cabc.AsyncIterable, 1),
        ('AsyncIterator', _cabc.AsyncIterator, 1), ('Iterable', _cabc.Iterable, 1),
        ('Iterator', _cabc.Iterator, 1), ('Reversible', _cabc.Reversible, 1),
        ('Sized', _cabc.Sized, 0), ('Container', _cabc.Container, 1),
        ('Collection', _cabc.Collection, 1), ('AbstractSet', _cabc.Set, 1),
        ('MutableSet', _cabc.MutableSet, 1), ('Mapping', _cabc.Mapping, 2),
        ('MutableMapping', _cabc.MutableMapping, 2), ('Sequence', _cabc.Sequence, 1),
        ('MutableSequence', _cabc.MutableSequence, 1), ('ByteString', _cabc.ByteString, 0),
        ('Deque', collections.deque, 1), ('MappingView', _cabc.MappingView, 1),
        ('KeysView', _cabc.KeysView, 1), ('ItemsView', _cabc.ItemsView, 2),
        ('ValuesView', _cabc.ValuesView, 1),
        ('ContextManager', contextlib.AbstractContextManager, 1),
        ('AsyncContextManager', contextlib.AbstractAsyncContextManager, 1),
        ('DefaultDict', collections.defaultdict, 2),
        ('OrderedDict', collections.OrderedDict, 2), ('Counter', collections.Counter, 1),
        ('ChainMap', collections.ChainMap, 2), ('Generator', _cabc.Generator, 3),
        ('AsyncGenerator', _cabc.AsyncGenerator, 2)]:
    globals()[_name] = _SpecialGenericAlias(_origin, _n, name=_name)

# The builtin containers: typing.List() and friends refuse to instantiate.
for _name, _origin, _n in [('List', list, 1), ('Set', set, 1), ('FrozenSet', frozenset, 1),
                           ('Dict', dict, 2), ('Type', type, 1)]:
    globals()[_name] = _SpecialGenericAlias(_origin, _n, inst=False, name=_name)
del _name, _origin, _n

Callable = _CallableType(_cabc.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')


# ---------------------------------------------------------------------------
# The Supports* protocols
# ---------------------------------------------------------------------------

def _supports(name, method, generic=False):
    """A runtime-checkable protocol with one abstract method."""
    def body(self, *args):
        pass
    body.__name__ = body.__qualname__ = method
    base = Protocol[T_co] if generic else Protocol
    ns = {'__slots__': (), '__module__': __name__, method: abstractmethod(body),
          '__doc__': f"An ABC with one abstract method {method}."}
    if generic:
        ns['__orig_bases__'] = (base,)
        base = Protocol
    return runtime_checkable(_ProtocolMeta(name, (base,), ns))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__', generic=True)
SupportsRound = _supports('SupportsRound', '__round__', generic=True)


# ---------------------------------------------------------------------------
# NamedTuple
# ---------------------------------------------------------------------------

_NT_FORBIDDEN = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                           '_fields', '_field_defaults', '_make', '_replace',
                           '_asdict', '_source'})
_NT_PASSED = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, fields, module, defaults=()):
    names = [n for n, _ in fields]
    checked = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in fields}
    cls = collections.namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = checked
    return cls


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        annotations = ns.get('__annotations__', {})
        with_default = []
        for field in annotations:
            if field in ns:
                with_default.append(field)
            elif with_default:
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{'s' if len(with_default) > 1 else ''} "
                                f"{', '.join(with_default)}")
        result = _build_namedtuple(typename, list(annotations.items()), ns['__module__'],
                                   [ns[n] for n in with_default])
        for key, value in ns.items():
            if key in _NT_FORBIDDEN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_PASSED and key not in result._fields:
                setattr(result, key, value)
        if bases != (tuple,):
            # Gilt cannot assign __bases__: rebuild the class over the same
            # namespace (Generic.__init_subclass__ then sees __orig_bases__).
            body = {k: v for k, v in result.__dict__.items()
                    if k not in ('__dict__', '__weakref__')}
            if '__orig_bases__' in ns:
                body['__orig_bases__'] = ns['__orig_bases__']
            result = type(typename, bases, body)
        if Generic in bases:
            result.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        return result


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, as a class body or a call."""
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    pairs = list(kwargs.items() if fields is None else fields)
    return _build_namedtuple(typename, pairs, _module_of_caller())


# `class P(NamedTuple)` really derives from this, so NamedTupleMeta runs.
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---------------------------------------------------------------------------
# TypedDict
# ---------------------------------------------------------------------------

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        real_bases = (Generic, dict) if Generic in bases else (dict,)
        td = type.__new__(_TypedDictMeta, name, real_bases, ns)
        message = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _type_check(v, message, module=td.__module__)
               for k, v in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for parent in bases:
            pd = parent.__dict__
            annotations.update(pd.get('__annotations__', {}))
            required.update(pd.get('__required_keys__', ()))
            optional.update(pd.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            marks = _required_marks(tp)
            if Required in marks or (total and NotRequired not in marks):
                required.add(key)
            else:
                optional.add(key)
        td.__annotations__ = annotations
        td.__required_keys__ = frozenset(required)
        td.__optional_keys__ = frozenset(optional)
        if not hasattr(td, '__total__'):
            td.__total__ = total
        return td

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _required_marks(tp):
    """The Required/NotRequired wrappers around tp (through Annotated)."""
    marks = set()
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = tp.__origin__
        elif origin in (Required, NotRequired):
            marks.add(origin)
            tp = tp.__args__[0]
        else:
            return marks


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys, as a class body or a call."""
    if fields is not None and kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if fields is None:
        if kwargs:
            import warnings
            warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                          "in Python 3.11, will be removed in Python 3.13, and may not be "
                          "understood by third-party type checkers.",
                          DeprecationWarning, stacklevel=2)
        fields = kwargs
    body = {'__annotations__': dict(fields)}
    caller = _module_of_caller()
    if caller is not None:
        body['__module__'] = caller
    return _TypedDictMeta(typename, (), body, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


# ---------------------------------------------------------------------------
# NewType
# ---------------------------------------------------------------------------

class NewType(_Unionable):
    """A distinct name for a type: UserId = NewType('UserId', int);
    calling it returns its argument."""

    __slots__ = ('__dict__',)

    def __init__(self, name, tp):
        self.__supertype__ = tp
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        module = _module_of_caller()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __call__(self, /, *args, **kwargs):
        # Behaves as CPython's built-in _typing._idfunc.
        name = '_typing._idfunc()'
        if kwargs:
            raise TypeError(f"{name} takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"{name} takes exactly one argument ({len(args)} given)")
        return args[0]

    def __mro_entries__(self, bases):
        base_name = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{sub} = NewType({sub!r}, {base_name})`")
        return (_Refuse,)

    __reduce__ = lambda self: self.__qualname__


# ---------------------------------------------------------------------------
# I/O types
# ---------------------------------------------------------------------------

Text = str
TYPE_CHECKING = False


def _add_io_members(cls, methods, props=()):
    """Give an IO class abstract stand-ins for the file-object interface."""
    def stub(name):
        def member(self, *args, **kwargs):
            pass
        member.__name__ = name
        member.__qualname__ = f'{cls.__name__}.{name}'
        return abstractmethod(member)
    for name in methods:
        setattr(cls, name, stub(name))
    for name in props:
        setattr(cls, name, property(stub(name)))


class IO(Generic[AnyStr]):
    """Generic base of TextIO and BinaryIO: the file-object methods."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """An IO of bytes."""
    __slots__ = ()


class TextIO(IO[str]):
    """An IO of str."""
    __slots__ = ()


_add_io_members(IO, ['close', 'fileno', 'flush', 'isatty', 'read', 'readable',
                     'readline', 'readlines', 'seek', 'seekable', 'tell', 'truncate',
                     'writable', 'write', 'writelines', '__enter__', '__exit__'],
                ['mode', 'name', 'closed'])
_add_io_members(BinaryIO, ['write', '__enter__'])
_add_io_members(TextIO, ['__enter__'],
                ['buffer', 'encoding', 'errors', 'line_buffering', 'newlines'])


try:
    import re as _re
    Pattern = _SpecialGenericAlias(_re.Pattern, 1)
    Match = _SpecialGenericAlias(_re.Match, 1)
except (ImportError, AttributeError):  # no `re` in this build
    __all__.remove('Pattern')
    __all__.remove('Match')
