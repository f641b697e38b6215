"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

Gilt's own implementation, matching CPython 3.11's observable behaviour.

Outline: `EnumType.__prepare__` gives the class body a `_ClassBody`
namespace that notes which assignments are members and fills in `auto()`
values. `EnumType.__new__` wraps every member value in a `_Pending`
object; when `type.__new__` calls its `__set_name__`, the real member is
made and registered in `_member_map_` (all names, aliases too),
`_member_names_` (canonical names, in order) and `_value2member_map_`.
Afterwards `Color(value)` only looks members up (`Enum.__new__`).

Left out: pickling helpers, `verify`/`EnumCheck`, `global_enum`,
`_simple_enum`, `_convert_`, and the DeprecationWarnings of 3.11.
"""

import sys
import builtins as _builtins
from types import MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

# Bound once the classes exist; EnumType consults them while it creates
# Enum, ReprEnum, FlagBoundary and Flag themselves.
Enum = Flag = ReprEnum = EJECT = None


class nonmember(object):
    """Keeps a value in an enum body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Makes a value (a function, say) in an enum body a member."""

    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------------------
# Small helpers

def _is_dunder(name):
    # "__x__", with something other than "_" right inside the underscores
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    # "_x_", likewise
    return (len(name) > 2 and name.startswith('_') and name.endswith('_')
            and name[1] != '_' and name[-2] != '_')


def _name_kind(owner, name):
    """'private' (mangled "_Owner__x"), 'sunder', 'dunder' or ''."""
    mangled = f'_{owner}__'
    if (name.startswith(mangled) and len(name) > len(mangled)
            and not name.endswith('__')):
        return 'private'
    if _is_sunder(name):
        return 'sunder'
    if _is_dunder(name):
        return 'dunder'
    return ''


def _is_descriptor(obj):
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _one_bit(number):
    return number != 0 and not number & (number - 1)


def _bits_low_first(number):
    given = number
    if isinstance(number, Enum):
        number = number.value
    if number < 0:
        raise ValueError(f'{given!r} is not a positive integer')
    while number:
        lowest = number & -number
        yield lowest
        number -= lowest


def show_flag_values(value):
    return [bit for bit in _bits_low_first(value)]


def bin(num, max_bits=None):
    """Two's complement binary text with a separate sign digit:
    bin(10) == '0b0 1010', bin(~10) == '0b1 0101'."""
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    digits = ''
    if width:
        digits = format(num & ((1 << width) - 1), 'b').rjust(width, '0')
    if max_bits is not None:
        digits = digits.rjust(max_bits, sign)
    return f'0b{sign} {digits}'


class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_AUTO_PENDING = _AutoPending()


class auto:
    """Stands for the value `_generate_next_value_` picks for a member."""

    def __init__(self, value=_AUTO_PENDING):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class property:
    """Like the built-in property for members; read on the enum class it
    gives the member of that name (so members may be called `name` or
    `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self.name = None
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.clsname = ownerclass.__name__
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            if self.name not in ownerclass._member_map_:
                raise AttributeError(f'{ownerclass!r} has no attribute '
                                     f'{self.name!r}')
            return ownerclass._member_map_[self.name]
        return self.fget(instance)

    def _refuse(self, verb):
        raise AttributeError(f'<enum {self.clsname!r}> cannot {verb} '
                             f'attribute {self.name!r}')

    def __set__(self, instance, value):
        if self.fset is None:
            self._refuse('set')
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            self._refuse('delete')
        return self.fdel(instance)


# ---------------------------------------------------------------------------
# Making members

def _find_member(enum_class, value):
    """The member with this value, or KeyError."""
    try:
        return enum_class._value2member_map_[value]
    except TypeError:
        # An unhashable value: compare one by one.
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
    raise KeyError(value)


def _build_member(enum_class, raw):
    """Create the member object for the body value `raw` and set _value_."""
    args = raw if isinstance(raw, tuple) else (raw,)
    kind = enum_class._member_type_
    if kind is tuple:
        args = (args,)
    if enum_class._use_args_:
        made = enum_class._new_member_(enum_class, *args)
    else:
        made = enum_class._new_member_(enum_class)
    if not hasattr(made, '_value_'):
        if kind is object:
            made._value_ = raw
        else:
            try:
                made._value_ = kind(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to '
                                'create it') from exc
    return made, args


def _shadowing_property(enum_class, name):
    # A property of this name in a base (Enum's own `name` and `value`,
    # say) would hide the member.
    chosen = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, property):
            return attr
        if hasattr(attr, 'fget') and hasattr(attr, 'fset') and hasattr(attr, 'fdel'):
            chosen = attr
    return chosen


def _add_member(enum_class, name, raw):
    made, args = _build_member(enum_class, raw)
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    made._sort_order_ = len(enum_class._member_names_)

    flag = Flag is not None and issubclass(enum_class, Flag)
    if flag:
        enum_class._flag_mask_ |= value
        if _one_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1

    try:
        # Same value as an earlier member: this name is an alias of it.
        made = _find_member(enum_class, value)
    except KeyError:
        # Flags made of several bits are named but not iterated.
        if not flag or _one_bit(value):
            enum_class._member_names_.append(name)

    hidden_by = _shadowing_property(enum_class, name)
    if hidden_by is None:
        setattr(enum_class, name, made)
    else:
        stand_in = property(hidden_by.fget, hidden_by.fset, hidden_by.fdel)
        stand_in.member = made
        stand_in.__set_name__(enum_class, name)
        setattr(enum_class, name, stand_in)
    enum_class._member_map_[name] = made
    try:
        enum_class._value2member_map_.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)


class _Pending:
    """A member's body value until `type.__new__` names it."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        _add_member(enum_class, member_name, self.value)


# ---------------------------------------------------------------------------
# The class body namespace

_SUNDER_NAMES = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_'])


class _ClassBody(dict):
    """Namespace of an enum class body: records member names in order,
    resolves auto(), refuses reused names and unknown _sunder_ names."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}          # names, in definition order
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._next_value = None

    def _special(self, key, value):
        if key not in _SUNDER_NAMES:
            raise ValueError(f'_sunder_ names, such as {key!r}, are reserved '
                             'for future Enum use')
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined '
                                'before members')
            self._next_value = (value.__func__ if isinstance(value, staticmethod)
                                else value)
        elif key == '_ignore_':
            names = (value.replace(',', ' ').split() if isinstance(value, str)
                     else list(value))
            clash = set(names).intersection(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set '
                                 f'names: {clash!r}')
            self._ignore = value = names
        return value

    def _fill_autos(self, key, value):
        if isinstance(value, auto):
            pieces, alone = (value,), True
        elif type(value) is tuple and any(isinstance(p, auto) for p in value):
            pieces, alone = value, False
        else:
            self._last_values.append(value)
            return value
        resolved = []
        for piece in pieces:
            if isinstance(piece, auto):
                if piece.value is _AUTO_PENDING:
                    piece.value = self._next_value(
                        key, 1, len(self._member_names), list(self._last_values))
                    self._auto_called = True
                piece = piece.value
                self._last_values.append(piece)
            resolved.append(piece)
        return resolved[0] if alone else tuple(resolved)

    def __setitem__(self, key, value):
        kind = _name_kind(self._cls_name, key)
        if kind == 'sunder':
            value = self._special(key, value)
        elif kind == 'dunder':
            if key == '__order__':
                key = '_order_'
        elif kind == 'private' or key in self._ignore:
            pass
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif isinstance(value, nonmember):
            value = value.value
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._fill_autos(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def update(self, members=(), **more_members):
        if hasattr(members, 'keys'):
            members = [(k, members[k]) for k in members.keys()]
        for pairs in (members, more_members.items()):
            for key, value in pairs:
                self[key] = value


# ---------------------------------------------------------------------------
# Working out what an enum is made of

def _refuse_extending(class_name, bases):
    for chain in bases:
        for klass in chain.__mro__:
            if isinstance(klass, EnumType) and klass._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {klass!r}')


def _data_type(class_name, bases):
    """The non-enum type members are instances of, or None."""
    found = set()
    for chain in bases:
        first_plain = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.add(klass._member_type_)
                    break
            elif '__new__' in vars(klass) or '__dataclass_fields__' in vars(klass):
                found.add(first_plain or klass)
                break
            elif first_plain is None:
                first_plain = klass
    if len(found) > 1:
        raise TypeError(f'too many data types for {class_name!r}: {found!r}')
    return next(iter(found), None)


def _mixins(class_name, bases):
    """(member type, the enum class last in bases)."""
    if not bases:
        return object, Enum
    _refuse_extending(class_name, bases)
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(class_name, bases) or object, last


def _value_repr_of(bases):
    for chain in bases:
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                return klass._value_repr_
            if '__repr__' in vars(klass):
                return vars(klass)['__repr__']
    return None


def _member_factory(body, member_type, first_enum):
    """(the __new__ that makes members, whether the body's own __new__ is to
    be kept as __new_member__, whether it takes the member's value)."""
    own = body.get('__new__')
    keep_own = own is not None and first_enum is not None
    maker = own
    if maker is None:
        skip = (None, object.__new__, Enum.__new__)
        candidates = [getattr(holder, attr, None)
                      for attr in ('__new_member__', '__new__')
                      for holder in (member_type, first_enum)]
        maker = next((c for c in candidates if c not in skip), object.__new__)
    takes_value = (first_enum is not None
                   and maker not in (Enum.__new__, object.__new__))
    return maker, keep_own, takes_value


_FLAG_STATE = ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
               '_inverted_')


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending(cls, bases)
        body = _ClassBody(cls)
        first_enum = _mixins(cls, bases)[1]
        if first_enum is not None:
            body['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return body

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for dropped in classdict['_ignore_']:
            classdict.pop(dropped, None)
        names = list(classdict._member_names)
        bad = set(names) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) '
                             + ','.join(repr(n) for n in bad))
        order = classdict.pop('_order_', None)
        namespace = dict(classdict.items())

        member_type, first_enum = _mixins(cls, bases)
        maker, keep_own, takes_value = _member_factory(namespace, member_type,
                                                       first_enum)
        for name in names:
            namespace[name] = _Pending(namespace[name])
        namespace.update(
            _new_member_=maker, _use_args_=takes_value, _member_names_=[],
            _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
            _member_type_=member_type, _value_repr_=_value_repr_of(bases),
            # Flag state; taken off again unless this is a Flag.
            _boundary_=boundary or getattr(first_enum, '_boundary_', None),
            _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except RuntimeError as exc:
            # type.__new__ wraps what a member's __set_name__ raised.
            failure = exc.__cause__ or exc
        if failure is not None:
            raise failure
        # __init_subclass__ may have added to the class.
        namespace.update(enum_class.__dict__)

        _pick_text_methods(enum_class, namespace, bases, member_type,
                           first_enum)
        flag = Flag is not None and issubclass(enum_class, Flag)
        if flag:
            # Members defined out of value order iterate in definition order.
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            # int's operators would come first in IntFlag's MRO.
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                       '__rxor__', '__invert__'):
                if op not in namespace:
                    setattr(enum_class, op, getattr(Flag, op))
        if Enum is not None:
            if keep_own:
                enum_class.__new_member__ = maker
            enum_class.__new__ = Enum.__new__

        if not flag and (Flag is not None or cls != 'Flag'):
            for attr in _FLAG_STATE:
                delattr(enum_class, attr)
        _check_order(enum_class, order, flag)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Color(value) finds a member; Enum('Name', names) creates an
        enumeration (the functional API)."""
        if names is not None:
            return cls._create_(value, names, module=module,
                                qualname=qualname, type=type, start=start,
                                boundary=boundary)
        return cls.__new__(cls, value)

    def __contains__(cls, member):
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        raise TypeError("unsupported operand type(s) for 'in': "
                        f"'{type(member).__qualname__}' and "
                        f"'{cls.__class__.__qualname__}'")

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member '
                                 f'{attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getattr__(cls, name):
        members = cls._member_map_
        if _is_dunder(name) or name not in members:
            raise AttributeError(name)
        return members[name]

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in cls._member_names_[::-1])

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of all member names (aliases too) to members."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: names as one string (split on spaces and
        commas), as a sequence of names (valued from `start`), as
        (name, value) pairs, or as a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = _mixins(class_name, bases)[1]
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            produced = []
            for position, name in enumerate(names):
                produced.append(first_enum._generate_next_value_(
                    name, start, position, list(produced)))
            names = list(zip(names, produced))
        for entry in names or ():
            if isinstance(entry, str):
                body[entry] = names[entry]
            else:
                key, value = entry
                body[key] = value
        if module is None:
            # The caller of Enum(...), two frames up.
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = None
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body,
                               boundary=boundary)


def _pick_text_methods(enum_class, namespace, bases, member_type,
                       first_enum):
    # repr(), str() and format() are Enum's, not the data type's;
    # a ReprEnum hands str() and format() back to the data type.
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a '
                            'data type (i.e. int, str, float, etc.)')
        if '__format__' not in namespace:
            enum_class.__format__ = member_type.__format__
            namespace['__format__'] = enum_class.__format__
        if '__str__' not in namespace:
            as_text = member_type.__str__
            if as_text is object.__str__:
                as_text = member_type.__repr__
            enum_class.__str__ = as_text
            namespace['__str__'] = enum_class.__str__
    for hook in ('__repr__', '__str__', '__format__'):
        if hook in namespace:
            continue
        current = getattr(enum_class, hook)
        if current in (getattr(member_type, hook), getattr(object, hook)):
            setattr(enum_class, hook, getattr(first_enum, hook))


def _check_order(enum_class, order, flag):
    # _order_ must list the members as defined (aliases and, for a Flag,
    # multi-bit members may be left out).
    if not order:
        return
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    known = enum_class._member_map_
    if flag:
        order = [n for n in order if n not in known or _one_bit(known[n]._value_)]
    order = [n for n in order if n not in known or n in enum_class._member_names_]
    if order != enum_class._member_names_:
        raise TypeError('member order does not match _order_:\n  '
                        f'{enum_class._member_names_!r}\n  {order!r}')


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: `class Color(Enum): RED = 1`."""

    def __new__(cls, value):
        # Members already exist: Color(1) only finds one.
        if type(value) is cls:
            return value
        try:
            return _find_member(cls, value)
        except KeyError:
            pass
        if not cls._member_map_:
            raise TypeError(f'{cls!r} has no members defined')
        problem = None
        try:
            found = cls._missing_(value)
        except Exception as exc:
            problem, found = exc, None
        if isinstance(found, cls):
            return found
        if (Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(found, int)):
            return found
        invalid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if problem is None:
            if found is None:
                raise invalid
            problem = TypeError(f'error in {cls.__name__}._missing_: returned '
                                f'{found!r} instead of None or a valid member')
        if not isinstance(problem, ValueError):
            problem.__context__ = invalid
        raise problem

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def _generate_next_value_(name, start, count, last_values):
        """auto()'s value: one more than the latest (and largest) value."""
        if not last_values:
            return start
        newest = last_values[-1]
        ordered = list(last_values)
        try:
            ordered.sort()
            if newest == ordered[-1]:
                return newest + 1
        except TypeError:
            pass
        for earlier in ordered[::-1]:
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return f'<{type(self).__name__}.{self._name_}: {show(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __dir__(self):
        members = self._member_map_
        if type(self)._member_type_ is object:
            names = set()
        else:
            names = set(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ())
                     if not n.startswith('_') and n not in members)
        for klass in type(self).mro():
            for n, attr in klass.__dict__.items():
                if n.startswith('_'):
                    continue
                if not isinstance(attr, property):
                    if n not in members:
                        names.add(n)
                elif attr.fget is None and n in members:
                    names.discard(n)
                else:
                    names.add(n)
        names.update(('__class__', '__doc__', '__eq__', '__hash__',
                      '__module__'))
        return sorted(names)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strings."""

    def __new__(cls, *values):
        count = len(values)
        if count > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if count == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        for position, role in ((1, 'encoding'), (2, 'errors')):
            if count > position and not isinstance(values[position], str):
                raise TypeError(f'{role} must be a string, not '
                                f'{values[position]!r}')
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member's name in lower case."""
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag(value) treats bits that no member has: STRICT raises,
    CONFORM drops them, EJECT gives a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


def _combination_name(cls, value, singles, multi):
    """Name of the pseudo-member for `value`: its members joined with '|'
    (plus leftover bits as a number), or None."""
    if not (singles or multi):
        return None
    parts = list(cls._iter_member_(singles))
    covered = 0
    for part in parts:
        covered |= part._value_
    if multi:
        for candidate in cls._member_map_.values():
            bits = candidate._value_
            if candidate not in parts and bits and bits & value == bits:
                parts.append(candidate)
                covered |= bits
    if not covered:
        return None
    leftover = value ^ covered
    if leftover and cls._boundary_ is STRICT:
        raise ValueError(f'{cls!r}: no members with value {leftover!r}')
    name = '|'.join([part._name_ for part in parts])
    if leftover:
        name += '|' + cls._numeric_repr_(leftover)
    return name


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            top = highest.bit_length()
        except Exception:
            raise TypeError(f'invalid flag value {highest!r}') from None
        return 1 << top

    @classmethod
    def _iter_member_by_value_(cls, value):
        """Members whose bits are in value, lowest bit first."""
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Members whose bits are in value, in definition order."""
        found = list(cls._iter_member_by_value_(value))
        found.sort(key=lambda m: m._sort_order_)
        yield from found

    @classmethod
    def _missing_(cls, value):
        """Creates the pseudo-member for a combination of flags; bits no
        member has are treated as `_boundary_` says."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask, singles, everything = (cls._flag_mask_, cls._singles_mask_,
                                     cls._all_bits_)
        boundary = cls._boundary_
        if (not ~everything <= value <= everything
                or value & (everything ^ mask)):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {bin(value, width)}\n'
                                 f'  allowed {bin(mask, width)}')
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(everything + 1, 1 << value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary '
                                 f'{boundary!r}')
        negative = None
        if value < 0:
            negative, value = value, value + everything + 1
        stray = value & ~mask
        if stray and boundary is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values '
                             f'{stray!r} [{bin(stray)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = _combination_name(cls, value, value & singles,
                                          value & ~singles)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether all of other's flags are set in self."""
        if isinstance(other, type(self)):
            return self._value_ & other._value_ == other._value_
        raise TypeError("unsupported operand type(s) for 'in': "
                        f'{type(other).__qualname__!r} and '
                        f'{type(self).__qualname__!r}')

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        label = type(self).__name__
        if self._name_ is not None:
            label += '.' + self._name_
        return f'<{label}: {show(self._value_)}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def _operand(self, other):
        # other's value, or NotImplemented
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return bits
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return bits
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return bits
        return type(self)(self._value_ ^ bits)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                flipped = ~self._value_
            else:
                flipped = self._singles_mask_ & ~self._value_
            self._inverted_ = type(self)(flipped)
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""


def unique(enumeration):
    """Class decorator refusing enums with aliases (ValueError)."""
    aliases = [f'{alias} -> {target.name}'
               for alias, target in enumeration.__members__.items()
               if alias != target.name]
    if aliases:
        raise ValueError(f'duplicate values found in {enumeration!r}: '
                         + ', '.join(aliases))
    return enumeration
