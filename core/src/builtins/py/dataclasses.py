"""dataclasses: special methods generated from a class's annotated fields.

Gilt's own implementation, matching CPython 3.11's observable behaviour.
The generated methods are compiled from source text, so their names,
qualified names, signatures, annotations and argument errors look like
CPython's.

`typing` is never imported here: a ClassVar can only come from a typing
module that someone already loaded, so it is looked up in sys.modules.
With slots=True the class is created again with `__slots__`.
"""

import sys
import types
import copy
import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# Sentinels. The class names show in reprs, so they are fixed.

class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
_FACTORY_MARK = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    """Which sort of entry a Field is: real field, ClassVar or InitVar."""

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS_ATTR = '__dataclass_fields__'
_PARAMS_ATTR = '__dataclass_params__'

# Read-only metadata views.
_ReadOnly = getattr(types, 'MappingProxyType', dict)
_NO_METADATA = _ReadOnly({})

# Python 3.11's keywords (Gilt has no keyword module).
_RESERVED = frozenset(
    'False None True and as assert async await break class continue def '
    'del elif else except finally for from global if import in is lambda '
    'nonlocal not or pass raise return try while with yield'.split())


def _slots_repr(obj, show=repr):
    # "Name(a=1,b=2)": every slot in declaration order, no spaces.
    parts = [f'{slot}={show(getattr(obj, slot))}'
             for slot in type(obj).__slots__]
    return f"{type(obj).__name__}({','.join(parts)})"


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return cls(type)

    def __repr__(self):
        shown = self.type
        shown = shown.__name__ if isinstance(shown, type) else repr(shown)
        return f'dataclasses.InitVar[{shown}]'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'init',
                 'repr', 'hash', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash = init, repr, hash
        self.compare, self.kw_only = compare, kw_only
        self.metadata = _NO_METADATA if metadata is None else _ReadOnly(metadata)

    def __repr__(self):
        return _slots_repr(self)

    def __set_name__(self, owner, name):
        # The class body held this Field rather than its default: pass the
        # notification on to a default that is a descriptor.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *options):
        for slot, value in zip(self.__slots__, options):
            setattr(self, slot, value)

    def __repr__(self):
        return _slots_repr(self)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass (its default and options)."""
    if default_factory is not MISSING and default is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# ---------------------------------------------------------------------------
# Compiling generated methods

def _compile(name, params, body, module_globals, env=None, returns=MISSING):
    """Build function `name` from source lines.

    The values the code refers to (`env`) become parameters of a wrapping
    factory function, so the new function sees them as closure cells and
    the module's namespace is left alone. Line 1 of the source is the
    factory, line 2 the def, the body starts on line 3.
    """
    env = dict(env or ())
    header = f'def {name}({",".join(params)})'
    if returns is not MISSING:
        env['__dataclass_return__'] = returns
        header += '->__dataclass_return__'
    source = [f'def __create_fn__({", ".join(env)}):', f' {header}:']
    source.extend(f'  {line}' for line in body)
    source.append(f' return {name}')
    scope = {}
    exec('\n'.join(source), module_globals, scope)
    return scope['__create_fn__'](**env)


def _values_tuple(owner, flds):
    # Source text of a tuple of the fields' values: "(self.a,self.b,)".
    if not flds:
        return '()'
    return '(' + ''.join(f'{owner}.{f.name},' for f in flds) + ')'


def _make_init(cls, init_fields, frozen, slots, module_globals):
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword = [f for f in init_fields if f.init and f.kw_only]

    defaulted = None
    for f in positional:
        if _has_default(f):
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    me = '__dataclass_self__' if 'self' in cls.__dict__[_FIELDS_ATTR] else 'self'
    env = {'__dataclass_object__': object,
           '_HAS_DEFAULT_FACTORY': _FACTORY_MARK,
           'MISSING': MISSING}
    for f in init_fields:
        env[f'_type_{f.name}'] = f.type

    def store(f, expr):
        if frozen:
            return (f'__dataclass_object__.__setattr__({me},{f.name!r},'
                    f'{expr})')
        return f'{me}.{f.name}={expr}'

    lines = []
    for f in init_fields:
        dflt = f'_dflt_{f.name}'
        expr = None
        if f.default_factory is not MISSING:
            env[dflt] = f.default_factory
            expr = (f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY '
                    f'else {f.name}') if f.init else f'{dflt}()'
        elif f.init:
            if f.default is not MISSING:
                env[dflt] = f.default
            expr = f.name
        elif slots and f.default is not MISSING:
            # No class attribute holds the default under __slots__.
            env[dflt] = f.default
            expr = dflt
        if expr is not None and f._field_type is not _FIELD_INITVAR:
            lines.append(store(f, expr))

    if hasattr(cls, '__post_init__'):
        passed = ','.join(f.name for f in init_fields
                          if f._field_type is _FIELD_INITVAR)
        lines.append(f'{me}.__post_init__({passed})')

    def param(f):
        if f.default is not MISSING:
            tail = f'=_dflt_{f.name}'
        elif f.default_factory is not MISSING:
            tail = '=_HAS_DEFAULT_FACTORY'
        else:
            tail = ''
        return f'{f.name}:_type_{f.name}{tail}'

    params = [me] + [param(f) for f in positional]
    if keyword:
        params.append('*')
        params.extend(param(f) for f in keyword)
    return _compile('__init__', params, lines or ['pass'], module_globals,
                    env, returns=None)


def _guard_recursion(method):
    """Wrap a __repr__ so that an object already being shown by the same
    thread shows as '...'. The wrapper looks like the wrapped function."""
    busy = set()

    def guarded(self):
        token = (id(self), _thread.get_ident())
        if token in busy:
            return '...'
        busy.add(token)
        try:
            return method(self)
        finally:
            busy.discard(token)

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(method, attr):
            setattr(guarded, attr, getattr(method, attr))
    guarded.__dict__.update(getattr(method, '__dict__', {}))
    guarded.__annotations__ = method.__annotations__
    guarded.__wrapped__ = method
    return guarded


def _make_repr(flds, module_globals):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    method = _compile('__repr__', ['self'],
                      [f'return self.__class__.__qualname__ + f"({shown})"'],
                      module_globals)
    return _guard_recursion(method)


def _make_compare(name, op, flds, module_globals):
    body = ['if other.__class__ is self.__class__:',
            f' return {_values_tuple("self", flds)}{op}'
            f'{_values_tuple("other", flds)}',
            'return NotImplemented']
    return _compile(name, ['self', 'other'], body, module_globals)


def _make_hash(flds, module_globals):
    return _compile('__hash__', ['self'],
                    [f'return hash({_values_tuple("self", flds)})'],
                    module_globals)


def _make_frozen_guards(cls, flds, module_globals):
    test = 'type(self) is cls'
    if flds:
        test += ' or name in {' + ', '.join(repr(f.name) for f in flds) + '}'
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _compile('__setattr__', ['self', 'name', 'value'], [
        f'if {test}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], module_globals, env)
    deleter = _compile('__delattr__', ['self', 'name'], [
        f'if {test}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], module_globals, env)
    return setter, deleter


def _attach(cls, name, value):
    """Give cls the method unless its own body defines `name`.

    Returns True when the class already had it (nothing was set)."""
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations

def _classvar_check(annotation, typing):
    marker = getattr(typing, 'ClassVar', _classvar_check)
    if annotation is marker:
        return True
    try:
        return getattr(annotation, '__origin__', None) is marker
    except Exception:
        return False


def _initvar_check(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _kw_only_check(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _leading_name(text):
    """Split the start of a string annotation like "mod . Name[...]".

    Returns (prefix or None, name), or None when it starts with no word
    (the same as matching r'\\s*(?:(\\w+)\\s*\\.)?\\s*(\\w+)')."""
    def word_end(pos):
        while pos < len(text) and (text[pos] == '_' or text[pos].isalnum()):
            pos += 1
        return pos

    def after_space(pos):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    start = after_space(0)
    end = word_end(start)
    if end == start:
        return None
    dot = after_space(end)
    if dot < len(text) and text[dot] == '.':
        second = after_space(dot + 1)
        second_end = word_end(second)
        if second_end > second:
            return text[start:end], text[second:second_end]
    return None, text[start:end]


def _string_names(annotation, cls, module, check):
    """Whether a string annotation refers to one of `module`'s markers.

    The name is resolved in the globals of the class's module; a dotted
    prefix must name `module` there."""
    found = _leading_name(annotation)
    if not found:
        return False
    prefix, name = found
    home = sys.modules.get(cls.__module__)
    if not home:
        return False
    space = home.__dict__
    if prefix and space.get(prefix) is not module:
        return False
    return bool(space) and check(space.get(name), module)


def _matches(annotation, cls, module, check):
    if check(annotation, module):
        return True
    return isinstance(annotation, str) and _string_names(annotation, cls,
                                                          module, check)


def _field_for(cls, name, annotation, kw_only_default):
    """The Field for one annotation in the body of cls."""
    here = sys.modules[__name__]
    current = getattr(cls, name, MISSING)
    f = current if isinstance(current, Field) else field(default=current)
    f.name = name
    f.type = annotation

    typing = sys.modules.get('typing')
    if typing and _matches(annotation, cls, typing, _classvar_check):
        f._field_type = _FIELD_CLASSVAR
    elif _matches(annotation, cls, here, _initvar_check):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies '
                            'kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default

    # A list, dict or set default would be shared by every instance.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------
# The class docstring: str(inspect.signature(cls)) without " -> None"

def _show_annotation(annotation):
    # inspect.formatannotation
    if getattr(annotation, '__module__', None) == 'typing':
        # Drop "typing." in front of every dotted name.
        text = repr(annotation)
        pieces = []
        word = ''
        for ch in text + ' ':
            if ch == '_' or ch == '.' or ch.isalnum():
                word += ch
                continue
            if word:
                pieces.append(word.removeprefix('typing.'))
                word = ''
            pieces.append(ch)
        return ''.join(pieces)[:-1]
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _show_param(name, notes, default=MISSING, stars=''):
    text = stars + name
    if name in notes:
        text += ': ' + _show_annotation(notes[name])
        if default is not MISSING:
            text += f' = {default!r}'
    elif default is not MISSING:
        text += f'={default!r}'
    return text


def _signature_text(func):
    # str(inspect.signature(...)) of a Python function, first parameter
    # dropped (it is bound).
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    code = func.__code__
    notes = getattr(func, '__annotations__', None) or {}
    names = code.co_varnames
    n_pos, n_kw = code.co_argcount, code.co_kwonlyargcount
    pos_defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    first_defaulted = n_pos - len(pos_defaults)

    shown = []
    for i in range(1, n_pos):
        dflt = pos_defaults[i - first_defaulted] if i >= first_defaulted else MISSING
        shown.append(_show_param(names[i], notes, dflt))
        if i == code.co_posonlyargcount - 1:
            shown.append('/')
    extra = n_pos + n_kw
    if code.co_flags & 0x04:
        shown.append(_show_param(names[extra], notes, stars='*'))
        extra += 1
    elif n_kw:
        shown.append('*')
    for name in names[n_pos:n_pos + n_kw]:
        shown.append(_show_param(name, notes, kw_defaults.get(name, MISSING)))
    if code.co_flags & 0x08:
        shown.append(_show_param(names[extra], notes, stars='**'))
    text = f"({', '.join(shown)})"
    if 'return' in notes:
        text += ' -> ' + _show_annotation(notes['return'])
    return text


def _python_function(value):
    if isinstance(value, staticmethod):
        value = value.__func__
    return value if isinstance(value, types.FunctionType) else None


def _class_signature(cls):
    # From the first Python __new__ or __init__ along the MRO; '()' for a
    # class with only object's, '' when it cannot be told.
    for klass in cls.__mro__[:-1]:
        for name in ('__new__', '__init__'):
            func = _python_function(klass.__dict__.get(name))
            if func is not None:
                try:
                    return _signature_text(func)
                except Exception:
                    return ''
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    return ''


# ---------------------------------------------------------------------------
# Processing a class

def _want_hash(unsafe_hash, eq, frozen, explicit):
    """What to do with __hash__: 'add', 'none' (set None), 'error' or ''."""
    if unsafe_hash:
        return 'error' if explicit else 'add'
    if not eq or explicit:
        return ''
    return 'add' if frozen else 'none'


def _gather_fields(cls, kw_only):
    """Inherited fields then the class's own; also whether a base is a
    dataclass and whether one is frozen."""
    found = {}
    saw_base = saw_frozen = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS_ATTR, None)
        if inherited is None:
            continue
        saw_base = True
        found.update((f.name, f) for f in inherited.values())
        saw_frozen = saw_frozen or getattr(base, _PARAMS_ATTR).frozen

    here = sys.modules[__name__]
    own = cls.__dict__.get('__annotations__', {})
    kw_marker_seen = False
    for name, annotation in own.items():
        if _matches(annotation, cls, here, _kw_only_check):
            if kw_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_marker_seen = kw_only = True
            continue
        f = _field_for(cls, name, annotation, kw_only)
        found[name] = f
        # The class attribute becomes the plain default, or goes away.
        if isinstance(getattr(cls, name, None), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return found, saw_base, saw_frozen


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    home = sys.modules.get(cls.__module__)
    # A class made by hand with type() may name no loaded module.
    module_globals = home.__dict__ if home is not None else {}

    setattr(cls, _PARAMS_ATTR,
            _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields, saw_base, saw_frozen = _gather_fields(cls, kw_only)
    if saw_base and saw_frozen != bool(frozen):
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a '
                        'frozen one')
    setattr(cls, _FIELDS_ATTR, all_fields)

    # An __eq__ in the body implicitly sets __hash__ to None; that does not
    # count as defining __hash__.
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (
        own_hash is None and '__eq__' in cls.__dict__)

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is not _FIELD_CLASSVAR]
    if init:
        _attach(cls, '__init__',
                _make_init(cls, init_fields, frozen, slots, module_globals))

    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]
    if repr:
        _attach(cls, '__repr__',
                _make_repr([f for f in real if f.repr], module_globals))
    if eq:
        _attach(cls, '__eq__',
                _make_compare('__eq__', '==', compared, module_globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            if _attach(cls, name,
                       _make_compare(name, op, compared, module_globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for method in _make_frozen_guards(cls, real, module_globals):
            if _attach(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute '
                                f'{method.__name__} in class {cls.__name__}')

    action = _want_hash(bool(unsafe_hash), bool(eq), bool(frozen),
                        explicit_hash)
    if action == 'error':
        raise TypeError('Cannot overwrite attribute __hash__ '
                        f'in class {cls.__name__}')
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        method = _make_hash(hashed, module_globals)
        method.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = method

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature(cls).replace(' -> None', '')

    if match_args:
        _attach(cls, '__match_args__',
                tuple(f.name for f in init_fields
                      if f.init and not f.kw_only))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)

    # New methods may implement abstract ones; only an ABC has
    # __abstractmethods__, and then abc is loaded.
    abc = sys.modules.get('abc')
    refresh = getattr(abc, 'update_abstractmethods', None)
    if refresh is not None and hasattr(cls, '__abstractmethods__'):
        refresh(cls)
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _declared_slots(klass):
    declared = klass.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        # An iterator: it may have been consumed already.
        raise TypeError(f"Slots of '{klass.__name__}' cannot be determined")
    return declared


def _with_slots(cls, frozen, weakref_slot):
    # __slots__ only takes effect when a class is created: create it again.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    if weakref_slot:
        names.append('__weakref__')

    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in names and key not in ('__dict__', '__weakref__')}
    namespace['__slots__'] = tuple(n for n in names if n not in taken)

    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if frozen:
        # Unpickling would go through the raising __setattr__.
        if '__getstate__' not in namespace:
            remade.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _frozen_setstate
    return remade


# ---------------------------------------------------------------------------
# Public helpers

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn a class into a dataclass (usable with or without arguments)."""
    def decorate(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The real fields (no ClassVar or InitVar) of a dataclass or instance."""
    try:
        table = getattr(class_or_instance, _FIELDS_ATTR)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTR)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    klass = obj if isinstance(obj, type) else type(obj)
    return hasattr(klass, _FIELDS_ATTR)


def _flatten(obj, factory, named):
    """Deep-copy obj, turning dataclass instances into factory(...) of
    (name, value) pairs when `named`, else of values."""
    if _is_dataclass_instance(obj):
        parts = []
        for f in fields(obj):
            value = _flatten(getattr(obj, f.name), factory, named)
            parts.append((f.name, value) if named else value)
        return factory(parts)
    kind = type(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # namedtuple: its fields are positional arguments.
        return kind(*[_flatten(item, factory, named) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_flatten(item, factory, named) for item in obj)
    if isinstance(obj, dict):
        return kind((_flatten(k, factory, named), _flatten(v, factory, named))
                    for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of field names to (copied) values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _flatten(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its (copied) field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _flatten(obj, tuple_factory, False)


def _field_spec(item):
    # (name, annotation, default or MISSING) from a make_dataclass entry.
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        return item[0], item[1], MISSING
    if len(item) == 3:
        return tuple(item)
    raise TypeError(f'Invalid field: {item!r}')


def _derived_metaclass(bases):
    winner = type
    for base in bases:
        candidate = type(base)
        if issubclass(candidate, winner):
            winner = candidate
        elif not issubclass(winner, candidate):
            raise TypeError('metaclass conflict: the metaclass of a derived '
                            'class must be a (non-strict) subclass of the '
                            'metaclasses of all its bases')
    return winner


def make_dataclass(cls_name, fields, *, bases=(), namespace=None,
                   init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name from a list of field specs."""
    notes = {}
    values = {}
    for item in fields:
        name, annotation, default = _field_spec(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _RESERVED:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in notes:
            raise TypeError(f'Field name duplicated: {name!r}')
        notes[name] = annotation
        if default is not MISSING:
            values[name] = default

    # As types.new_class would: CPython creates the class from inside the
    # types module, hence its default __module__.
    bases = tuple(bases)
    meta = _derived_metaclass(bases)
    prepare = getattr(meta, '__prepare__', None)
    body = prepare(cls_name, bases) if prepare is not None else {}
    body.update(namespace or {})
    body.update(values)
    body['__annotations__'] = notes
    body.setdefault('__module__', 'types')
    options = dict(init=init, repr=repr, eq=eq, order=order,
                   unsafe_hash=unsafe_hash, frozen=frozen,
                   match_args=match_args, kw_only=kw_only, slots=slots,
                   weakref_slot=weakref_slot)
    return dataclass(meta(cls_name, bases, body), **options)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed.

    The copy goes through __init__ (and __post_init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS_ATTR).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif f.name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
