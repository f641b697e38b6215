# dataclasses: field() options, defaults and default factories, InitVar and
# __post_init__, KW_ONLY and kw_only, inherited fields.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING, Field


def show(f):
    # Field's repr with the MISSING sentinel's address hidden.
    return repr(f).replace(repr(MISSING), 'MISSING')


calls = []


def counter():
    calls.append(1)
    return len(calls)


@dataclass
class Options:
    a: int
    b: list = field(default_factory=list)
    c: int = field(default=5, repr=False)
    d: str = field(default='d', compare=False, metadata={'unit': 'cm'})
    e: int = field(default_factory=counter, init=False)
    f: int = field(default=7, init=False)
    g: float = field(default=1.5, hash=True)


o = Options(1)
print(o, o.c, o.e, o.f)
print(Options(1, [2], 3, 'x'), Options(1).e, Options(1).b is Options(1).b)
print(Options.__doc__)
print(Options.__init__.__defaults__)
print(Options.__match_args__)
print(Options.c, Options.d, Options.f, hasattr(Options, 'b'), hasattr(Options, 'e'))
print(Options(1) == Options(1, d='other'), Options(1) == Options(1, c=6))
for f in fields(Options):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING,
          f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)
d = fields(o)[3]
print(d.metadata['unit'], len(d.metadata), list(d.metadata), 'unit' in d.metadata)
print(d.metadata, fields(o)[0].metadata)
try:
    d.metadata['unit'] = 'm'
except TypeError as e:
    print('TypeError:', e)
print(show(fields(o)[0]))
print(show(d))
print(isinstance(d, Field), type(d).__name__, Field[int])
f = field(default=3)
print(f.name, f.type, f.default, f.kw_only is MISSING, f._field_type)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

# A default that is a descriptor learns its name through the Field.


class Described:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)


@dataclass
class HasDescriptor:
    v: object = field(default=Described())


print(type(HasDescriptor().v).__name__)

# InitVar: passed to __post_init__, not a field.


@dataclass
class Scaled:
    value: float
    scale: InitVar[float] = 2.0
    result: float = field(init=False)

    def __post_init__(self, scale):
        self.result = self.value * scale


s = Scaled(3)
print(s, Scaled(3, 10), [f.name for f in fields(Scaled)])
print(Scaled.__doc__, Scaled.__match_args__)
print(Scaled.scale, Scaled.__dataclass_fields__['scale']._field_type)
print(show(Scaled.__dataclass_fields__['scale']))
print(InitVar[int], InitVar[list[int]], InitVar['Point'], InitVar(str).type)


@dataclass
class PostOnly:
    x: int

    def __post_init__(self):
        print('post_init sees', self.x)
        self.x *= 10


print(PostOnly(4))


@dataclass
class Late(PostOnly):
    y: int = 1


print(Late(2, 3))

# Keyword-only fields.


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


print(KW(1, 2, b=5), KW.__doc__, KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    KW(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass(kw_only=True)
class AllKW:
    a: int = 0
    b: int
    c: int = field(default=2, kw_only=False)


print(AllKW(5, b=1), AllKW.__doc__, AllKW.__match_args__)


@dataclass
class MixedKW:
    x: int = field(kw_only=True)
    y: int = 0


print(MixedKW(1, x=2), MixedKW.__doc__)

# Inheritance: the base's fields first, overrides keep their place.


@dataclass
class Base:
    x: int
    y: int = 1
    k: int = field(default=0, kw_only=True)

    def total(self):
        return self.x + self.y


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


dv = Derived()
print(dv, dv.total(), [f.name for f in fields(Derived)], Derived.__doc__)
print(Derived(1, 2, 3, k=4), Derived.__match_args__)


class NotADataclass(Base):
    extra: int = 99


print(NotADataclass(1), [f.name for f in fields(NotADataclass)])


@dataclass
class FromPlain(NotADataclass):
    w: int = 0


print(FromPlain(1), FromPlain.__doc__)


class Mixin:
    m: int = 1

    def hello(self):
        return 'hello from ' + type(self).__name__


@dataclass
class WithMixin(Mixin, Base):
    q: str = 'q'


print(WithMixin(1), WithMixin(1).hello(), [f.name for f in fields(WithMixin)])
