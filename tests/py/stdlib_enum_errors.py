# What enums refuse, with CPython 3.11's messages.
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s: no error: %r' % (label, result))


attempt('bad value', lambda: Color(3))
attempt('bad value str', lambda: Color('RED'))
attempt('bad value list', lambda: Color([1]))
attempt('bad name', lambda: Color['PURPLE'])
attempt('bad name int', lambda: Color[1])
attempt('bad attr', lambda: Color.PURPLE)
attempt('no args', lambda: Color())
attempt('two args', lambda: Color(1, 2, 3))


def reassign():
    Color.RED = 5


def reassign_alias_name():
    Color.GREEN = Color.RED


def delete():
    del Color.RED


def set_name():
    Color.RED.name = 'x'


def set_value():
    Color.RED.value = 9


def del_value():
    del Color.RED.value


attempt('reassign', reassign)
attempt('reassign 2', reassign_alias_name)
attempt('delete', delete)
attempt('set name', set_name)
attempt('set value', set_value)
attempt('del value', del_value)
Color.extra = 'fine'
print(Color.extra, Color.RED.extra, list(Color))


def new_member():
    return Enum.__new__(Color, 7)


attempt('Enum.__new__', new_member)
attempt('object.__new__', lambda: object.__new__(Color).__class__)


def extend():
    class More(Color):
        BLUE = 3


def reuse():
    class Twice(Enum):
        A = 1
        A = 2


def reuse_method():
    class Clash(Enum):
        A = 1
        def A(self):
            pass


def over_descriptor():
    class Clash2(Enum):
        @property
        def A(self):
            return 1
        A = 2


def sunder():
    class Sunder(Enum):
        _bad_ = 1


def mro_name():
    class Mro(Enum):
        mro = 1


def bad_base():
    class Wrong(Color.__class__):
        pass
    return Wrong


def bad_order():
    class Ordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


def good_order():
    class Ordered(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
        C = 1
    return list(Ordered)


def ignore_member():
    class Late(Enum):
        A = 1
        _ignore_ = 'A'


def bad_mixin_order():
    class Mixed(Enum, int):
        A = 1


def not_int():
    class Ints(IntEnum):
        A = 'x'


def two_data_types():
    class Both(int, str, Enum):
        A = 1


def no_members():
    class NoMembers(Enum):
        pass
    return NoMembers(1)


def flag_auto_bad():
    class F(Flag):
        A = 'x'
        B = auto()


attempt('extend', extend)
attempt('reuse', reuse)
attempt('reuse method', reuse_method)
try:
    over_descriptor()
except TypeError as e:
    print('over descriptor: TypeError:', str(e).split(' at ')[0])
attempt('sunder', sunder)
attempt('mro', mro_name)
attempt('metaclass subclass', lambda: bad_base().__name__)
attempt('bad _order_', bad_order)
attempt('good _order_', good_order)
attempt('_ignore_ late', ignore_member)
attempt('mixin order', bad_mixin_order)
attempt('IntEnum str', not_int)
attempt('no members', no_members)
try:
    two_data_types()
except TypeError as e:
    print('two data types: TypeError:', str(e).split(': ')[0])  # set order varies
attempt('flag auto', flag_auto_bad)
attempt('contains member', lambda: (Color.RED in Color, Color.RED in Color.__members__.values()))
