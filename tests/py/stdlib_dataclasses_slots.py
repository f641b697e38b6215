# dataclasses: slots=True makes the class again with __slots__.
from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0
    hits: list = field(default_factory=list)
    seen: int = field(default=0, init=False)

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), v.seen, Vec.__slots__, Vec.__qualname__)
print(Vec.__init__.__qualname__, Vec.__doc__, Vec.__match_args__)
print(hasattr(v, '__dict__'), '__dict__' in dir(Vec))
try:
    v.z = 1
except AttributeError as e:
    print('AttributeError:', e)
v.x = 6
print(v, v == Vec(6, 4), asdict(v), replace(v, y=8))
del v.hits
try:
    v.hits
except AttributeError as e:
    print('AttributeError:', e)


def local():
    @dataclass(slots=True)
    class Local:
        a: int
    return Local


L = local()
print(L(1), L.__qualname__, L.__name__, L.__slots__)


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    version: int = 1


k = Key('k')
print(k, hash(k) == hash(('k', 1)), Key.__slots__)
try:
    k.name = 'other'
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
state = k.__getstate__()
print(state)
k2 = object.__new__(Key)
k2.__setstate__(['j', 2])
print(k2, k2 == Key('j', 2))


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Child(Base):
    b: int = 2


c = Child(1)
print(c, Child.__slots__, [f.name for f in fields(Child)])
try:
    c.other = 3
except AttributeError as e:
    print('AttributeError:', e)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print('TypeError:', e)


@dataclass(slots=True, order=True)
class Ordered:
    rank: int
    name: str = field(compare=False, default='')


print(sorted([Ordered(3, 'c'), Ordered(1, 'a'), Ordered(2, 'b')]))
