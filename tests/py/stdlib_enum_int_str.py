# IntEnum, StrEnum, ReprEnum and mixed-in data types; auto() and
# _generate_next_value_.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Prio(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = auto()
    TOP = 10
    NEXT = auto()


print(list(Prio), Prio.NEXT.value)
print(repr(Prio.MID), str(Prio.MID), f"{Prio.MID}", format(Prio.HIGH, '03d'), f"{Prio.TOP:>5}|{Prio.TOP:x}")
print(Prio.LOW == 1, Prio.LOW < Prio.HIGH, Prio.HIGH > 2, Prio.MID + 1, Prio.TOP * 2, -Prio.LOW, int(Prio.TOP))
print(isinstance(Prio.LOW, int), type(Prio.LOW + 0), hash(Prio.MID) == hash(2), {2: 'two'}[Prio.MID])
print(Prio(2), Prio(2) is Prio.MID, Prio['HIGH'], sorted([Prio.HIGH, Prio.LOW, 2]), max(Prio))
print(list(range(Prio.HIGH)), [10, 20, 30][Prio.LOW], "%d %s %r" % (Prio.MID, Prio.MID, Prio.MID))
print(Prio.LOW.name, Prio.LOW.value, type(Prio.LOW.value))
try:
    Prio(4)
except ValueError as e:
    print('ValueError:', e)


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE_3 = auto()
    OTHER = 'Other Shape'


print(list(Shape))
print(repr(Shape.CIRCLE), str(Shape.CIRCLE), f"<{Shape.SQUARE}>", f"{Shape.OTHER:>14}|")
print(Shape.CIRCLE == 'circle', Shape('square'), Shape.CIRCLE.upper(), Shape.OTHER.split(), Shape.CIRCLE + '!')
print(isinstance(Shape.CIRCLE, str), len(Shape.TRIANGLE_3), '-'.join(Shape), hash(Shape.CIRCLE) == hash('circle'))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)


# plain Enum with auto: 1, 2, 3...
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto))
print(repr(auto()), repr(auto(5)))


# _generate_next_value_ override
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d-%d' % (name.lower(), start, count, len(last_values))
    NORTH = auto()
    SOUTH = auto()
    EAST = 'e'
    WEST = auto()


print([m.value for m in Named])


class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]


class Derived(Base):
    ABC = auto()
    XYZ = auto()


print(list(Derived))

try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print('TypeError:', e)


# auto inside a tuple
class Pair(Enum):
    A = (auto(), 'first')
    B = (auto(), 'second')


print(list(Pair))


# a mixed-in data type without ReprEnum: str() and format() come from Enum
class Code(int, Enum):
    OK = 200
    MISSING = 404


print(repr(Code.OK), str(Code.OK), f"{Code.OK}", format(Code.MISSING, ''), Code.OK + 1, Code.OK == 200)


class Dim(float, Enum):
    SMALL = 0.5
    LARGE = 2.0


print(repr(Dim.SMALL), str(Dim.LARGE), Dim.SMALL * 4, Dim(2.0))


class Money(float, ReprEnum):
    PENNY = 0.01
    DIME = 0.1


print(repr(Money.DIME), str(Money.DIME), f"{Money.PENNY:.3f}", Money.DIME + Money.PENNY)


class Word(str, Enum):
    HI = 'hi'


print(repr(Word.HI), str(Word.HI), f"{Word.HI}", Word.HI == 'hi', Word.HI.upper())


# IntEnum members are ints, so two IntEnums with equal values compare equal
class Level(IntEnum):
    ONE = 1


print(Level.ONE == Prio.LOW, Level.ONE is Prio.LOW, Level.ONE in {1: 'x'})

try:
    class Broken(ReprEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)
