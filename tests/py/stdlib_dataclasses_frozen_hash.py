# dataclasses: frozen instances, the __hash__ rules, order methods.
from dataclasses import dataclass, field, FrozenInstanceError, replace
import dataclasses


@dataclass(frozen=True)
class Frozen:
    x: int
    y: tuple = ()
    z: list = field(default_factory=list, compare=False)


f = Frozen(1, (2,))
print(f, f.z)
for action in ['assign', 'delete', 'new']:
    try:
        if action == 'assign':
            f.x = 5
        elif action == 'delete':
            del f.y
        else:
            f.other = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError), e.args)
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__)
try:
    f.x = 2
except AttributeError as e:
    print('caught as AttributeError:', e)
f.z.append(3)
print(f, f == Frozen(1, (2,)), hash(f) == hash((1, (2,))))
print(Frozen.__setattr__.__qualname__, Frozen.__delattr__.__qualname__)
print(Frozen.__hash__.__qualname__)
g = replace(f, x=9)
print(g, g is f, g.z)
print({Frozen(1), Frozen(1), Frozen(2)} == {Frozen(1), Frozen(2)})
print(len({Frozen(1): 'a', Frozen(1, ()): 'b'}))
object.__setattr__(f, 'x', 100)
print(f)


@dataclass(frozen=True)
class FrozenChild(Frozen):
    w: int = 0


fc = FrozenChild(1, w=4)
print(fc)
try:
    fc.w = 1
except FrozenInstanceError as e:
    print(e)


class PlainChild(Frozen):
    pass


pc = PlainChild(2)
pc.free = 'ok'
print(pc, pc.free)
try:
    pc.x = 0
except FrozenInstanceError as e:
    print(e)
try:
    del pc.free
    print('deleted free', hasattr(pc, 'free'))
except FrozenInstanceError as e:
    print(e)

# The __hash__ rules.


@dataclass
class EqOnly:
    a: int


print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError:', e)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq.__hash__ is object.__hash__, NoEq(1) == NoEq(1))
x = NoEq(1)
print(x == x, hash(x) == hash(x))


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: str = field(default='b', hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)


u = Unsafe(1)
print(hash(u) == hash((1, 0)), Unsafe.__hash__.__qualname__)
u.a = 2
print(hash(u) == hash((2, 0)))


@dataclass(unsafe_hash=True, eq=False)
class UnsafeNoEq:
    a: int


print(hash(UnsafeNoEq(3)) == hash((3,)))


@dataclass(eq=True)
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(frozen=True)
class FrozenExplicitHash:
    a: int

    def __hash__(self):
        return 7


print(hash(FrozenExplicitHash(1)))


@dataclass
class OwnEq:
    a: int

    def __eq__(self, other):
        return True


print(OwnEq.__hash__)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


print(FrozenNoEq.__hash__ is object.__hash__)


@dataclass(frozen=True)
class NoFields:
    pass


print(hash(NoFields()) == hash(()), NoFields() == NoFields())


class Hashed:
    def __hash__(self):
        return 5


@dataclass
class InheritsHash(Hashed):
    a: int


print(InheritsHash.__hash__)

for params in [dict(unsafe_hash=True), dict(unsafe_hash=True, frozen=True)]:
    try:
        @dataclass(**params)
        class Clash:
            a: int

            def __hash__(self):
                return 1
    except TypeError as e:
        print('TypeError:', e)

# Order.


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, 'x'), Version(1, 2, 'rc')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(1, 1) <= Version(1, 1, 'z'),
      Version(2) > Version(1, 9), Version(1) >= Version(1, 0))
print(Version(1, 0, 'a') == Version(1, 0, 'b'), max(vs), min(vs))
print(Version.__lt__(Version(1), (1, 0)), Version.__ge__(Version(1), None))
print(Version.__lt__.__qualname__, Version.__ge__.__name__)


class SubVersion(Version):
    pass


print(Version.__lt__(Version(1), SubVersion(2)))
for a, b in [(Version(1), 1), (Version(1), SubVersion(2)), ('x', Version(1))]:
    try:
        a < b
    except TypeError as e:
        print('TypeError:', e)
print(Version(1) == SubVersion(1), SubVersion(1) == SubVersion(1))


@dataclass(order=True)
class NoCompare:
    a: int = field(compare=False)


print(NoCompare(1) < NoCompare(2), NoCompare(1) <= NoCompare(2), NoCompare(1) == NoCompare(2))
try:
    @dataclass(order=True)
    class OwnLt:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True, eq=False)
    class OrderNoEq:
        a: int
except ValueError as e:
    print('ValueError:', e)
