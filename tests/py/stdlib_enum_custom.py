# Enums with behaviour: methods, properties, __init__ unpacking tuple
# values, __new__ setting _value_, _missing_, _ignore_, name/value members.
from enum import Enum, IntEnum, auto, nonmember, member
import enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 4), repr(Planet.VENUS), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def helper(x):
        return x * 2

    label = property(lambda self: self.name.title())


print(Mood.FUNKY.describe(), str(Mood.FUNKY), f"{Mood.HAPPY}", repr(Mood.HAPPY), Mood.favorite_mood())
print(Mood.helper(21), Mood.HAPPY.label, list(Mood), len(Mood))


class Coordinate(bytes, Enum):
    """Coordinate with binary codes that can be indexed by the int code."""
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')


print(Coordinate(1), Coordinate.PY.label, Coordinate.VX.unit, Coordinate.PX.value)


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Fruit(AutoNumber):
    APPLE = 'red'
    BANANA = 'yellow'
    CHERRY = ()

    def __init__(self, *colour):
        self.colour = colour


print(list(Fruit), Fruit.BANANA.colour, Fruit.CHERRY.colour, Fruit(2))


class Counted(IntEnum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    A = 1, 'first'
    B = 2, 'second'


print(list(Counted), Counted.B.doc, Counted(1), Counted.A + Counted.B)


# _missing_
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('ACTIVE'), Status('InActive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError:', e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    BadMissing(2)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))


class RaisingMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    RaisingMissing(5)
except KeyError as e:
    print('KeyError:', e, '| context:', repr(e.__context__))


# _ignore_
class Days(Enum):
    _ignore_ = 'i name'
    MON = 1
    TUE = 2
    for i, name in enumerate(['x', 'y']):
        pass


print(list(Days), hasattr(Days, 'i'), hasattr(Days, 'name'))


class Weekday(IntEnum):
    _ignore_ = ['helper']
    helper = 99
    SAT = 6
    SUN = 7


print(list(Weekday), 'helper' in Weekday.__dict__)


# members named like Enum's own attributes
class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name, Field.value.value)
print(Field['name'], Field(2), list(Field))


# nonmember / member, class attributes, private names, dunders
class Opts(Enum):
    A = 1
    B = 2
    limit = nonmember(10)
    _Opts__secret = 'hidden'
    __doc__ = 'options'

    @member
    def C(x):
        return x


print(list(n for n in Opts.__members__), Opts.limit, Opts._Opts__secret, Opts.__doc__, Opts.C.value(5))


# descriptor attributes on members
class Size(Enum):
    S = 1
    L = 3

    @property
    def double(self):
        return self.value * 2

    def __lt__(self, other):
        return self.value < other.value


print(Size.S.double, Size.S < Size.L, sorted([Size.L, Size.S]), max(Size))


# dunder members of a member
print(Mood.FUNKY.__class__, Mood.FUNKY._name_, Mood.FUNKY._value_, Mood._member_names_, Mood.FUNKY.__objclass__)
print(sorted(k for k in Mood._value2member_map_))
print(dir(Mood.FUNKY))
print(dir(Planet.EARTH))
print(dir(Planet))
