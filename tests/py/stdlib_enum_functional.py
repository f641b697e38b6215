# The functional API, subclassing enums without members, EnumType
# subclasses and __init_subclass__, and match statements on members.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, EnumMeta, EnumType, auto

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.__name__, Animal.__qualname__, Animal.__module__)
print(Animal.ANT, repr(Animal(2)), Animal['CAT'].value)

Commas = Enum('Commas', 'a, b,c')
print(list(Commas))
FromList = Enum('FromList', ['X', 'Y'], start=10)
print(list(FromList))
FromTuple = Enum('FromTuple', ('P', 'Q'))
print(list(FromTuple))
Pairs = Enum('Pairs', [('ONE', 1), ('TWO', 'two'), ('UNO', 1)])
print(list(Pairs), Pairs.UNO is Pairs.ONE)
FromDict = Enum('FromDict', {'RED': 'r', 'GREEN': 'g'})
print(list(FromDict))
Num = IntEnum('Num', 'ONE TWO')
print(list(Num), Num.TWO + 1, repr(Num.ONE), str(Num.ONE))
Words = StrEnum('Words', 'HELLO WORLD')
print(list(Words), Words.HELLO == 'hello')
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))
IBits = IntFlag('IBits', 'A B C')
print(list(IBits), repr(IBits.A | 8))
Typed = Enum('Typed', 'LOW HIGH', type=int)
print(list(Typed), Typed.LOW + 1, repr(Typed.HIGH), Typed.__mro__[1])
Qual = Enum('Qual', 'A', module='mymod', qualname='Outer.Qual')
print(Qual.__module__, Qual.__qualname__, Qual.A)
Empty = Enum('Empty', [])
print(list(Empty), len(Empty))


# subclassing an enum with no members
class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

    def describe(self):
        return '%s=%s' % (self.name, self.value)


class Grade(Ordered):
    A = 5
    B = 4
    C = 3


print(sorted(Grade), Grade.B < Grade.A, Grade.C.describe(), issubclass(Grade, Ordered))
try:
    Ordered(1)
except TypeError as e:
    print('TypeError:', e)


class StrMixin:
    def shout(self):
        return str(self.value).upper() + '!'


class Greeting(StrMixin, Enum):
    HI = 'hi'
    BYE = 'bye'


print(Greeting.HI.shout(), repr(Greeting.BYE))


# __init_subclass__ and a metaclass derived from EnumType
registry = []


class Registered(Enum):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__()
        registry.append((cls.__name__, list(cls.__members__)))


class First(Registered):
    X = 1


class Second(Registered):
    Y = 2
    Z = 3


print(registry)


class LoudMeta(EnumMeta):
    def __new__(metacls, cls, bases, classdict, **kwds):
        print('LoudMeta creating', cls, list(classdict._member_names))
        return super().__new__(metacls, cls, bases, classdict, **kwds)

    def __repr__(cls):
        return '<loud %s>' % cls.__name__


class Loud(Enum, metaclass=LoudMeta):
    A = 1
    B = 2


print(Loud, type(Loud).__mro__[1] is EnumType, list(Loud))


# match statements: value patterns against members
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


def what(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'green or blue'
        case Animal.DOG:
            return 'a dog'
        case _:
            return 'unknown'


print([what(c) for c in Color], what(Color.CRIMSON), what(Animal.DOG), what(1))


def prio(p):
    match p:
        case Num.ONE:
            return 'one'
        case Num.TWO if p > 1:
            return 'two'
    return 'none'


print(prio(Num.ONE), prio(1), prio(2), prio(3))


def kind(x):
    match x:
        case Color(name='RED'):
            return 'class pattern by name'
        case Color() as c:
            return 'some color %s' % c.name
        case Bits.A | Bits.B:
            return 'bit'
        case Bits():
            return 'combined bits %r' % x
        case {'color': Color.BLUE}:
            return 'mapping with blue'
        case [Color.GREEN, *rest]:
            return 'sequence starting green, %d more' % len(rest)
    return 'other'


print(kind(Color.RED), kind(Color.BLUE), kind(Bits.B), kind(Bits.A | Bits.C))
print(kind({'color': Color.BLUE}), kind([Color.GREEN, Color.RED, 5]), kind('x'))
