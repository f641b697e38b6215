# Enum basics: access, iteration, aliases, repr/str/format, hashing, identity.
import enum
from enum import Enum, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED
    SCARLET = 1


print(Color.RED, repr(Color.RED), Color(1), Color['RED'], Color(Color.GREEN))
print(list(Color), len(Color))
print([m.name for m in reversed(Color)])
print(Color.CRIMSON is Color.RED, Color.SCARLET.name, Color['CRIMSON'] is Color.RED)
print(Color.RED.name, Color.RED.value, type(Color.RED), type(Color.RED.value))
print(Color, repr(Color), str(Color), type(Color), type(Color) is enum.EnumMeta)
print(enum.EnumMeta is enum.EnumType, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.__members__)
print(list(Color.__members__), len(Color.__members__), 'CRIMSON' in Color.__members__)
print(type(Color.__members__).__name__, Color.__members__['GREEN'])
print([(name, m.value) for name, m in Color.__members__.items() if m.name != name])
m = Color.__members__
print(m == dict(m), m.get('GREEN'), m.get('NOPE', 0), list(reversed(m))[:2], len(m.copy()))
print(list(m.values())[3], sorted(m | {'X': 0}), type({'X': 0} | m).__name__)
try:
    Color.__members__['PINK'] = 4
except TypeError as e:
    print('TypeError:', e)

# membership
print(Color.RED in Color, Color.CRIMSON in Color)

class Other(Enum):
    RED = 1

print(Other.RED in Color, Other.RED == Color.RED, Other.RED.value == Color.RED.value)

# str, repr, format and f-strings
print(str(Color.BLUE), f"{Color.BLUE}", f"{Color.BLUE!r}", f"[{Color.BLUE:>12}]", f"[{Color.BLUE:<12}]")
print(format(Color.GREEN), format(Color.GREEN, '^15'), "%s and %r" % (Color.RED, Color.RED))
print("{} {!r} {:*^14}".format(Color.RED, Color.GREEN, Color.BLUE))

# hashing: members as dict keys and set items
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color.RED], d[Color.CRIMSON], Color.BLUE in d, d.get(Color(2)))
print(hash(Color.RED) == hash(Color.CRIMSON), len({Color.RED, Color.CRIMSON, Color.GREEN}))
print(sorted(Color, key=lambda c: c.value), sorted(d, key=lambda c: c.name))

# comparison is by identity for plain Enum
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
for op in ('<', '>=', '+'):
    try:
        eval('Color.RED %s Color.GREEN' % op)
    except TypeError as e:
        print('TypeError:', e)

# members are singletons
print(Color(1) is Color.RED, Color['RED'] is Color.RED, Color.RED.RED if False else 'ok')
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)

# truthiness: members are true, classes are true
print(bool(Color.RED), bool(Color))

class Empty(Enum):
    pass

print(bool(Empty), len(Empty), list(Empty), Empty.__members__)


# values of any type
class Mixed(Enum):
    NONE = None
    TEXT = 'text'
    PAIR = (1, 2)
    LIST = [1, 2]
    FLOAT = 1.5
    ZERO = 0


print(list(Mixed))
print(Mixed(None), Mixed('text'), Mixed((1, 2)), Mixed([1, 2]), Mixed(1.5), Mixed(0), Mixed(0.0), Mixed(False))
print(Mixed.NONE.value is None, Mixed.LIST.value)


@unique
class Ok(Enum):
    A = 1
    B = 2

print(list(Ok))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print('ValueError:', e)

print(sorted(n for n in enum.__all__ if n in ('Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique', 'EnumMeta', 'EnumType')))
