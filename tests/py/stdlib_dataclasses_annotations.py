# dataclasses: annotations as strings (PEP 563), InitVar, KW_ONLY and
# ClassVar written as strings, and ClassVar from a typing module.
from __future__ import annotations

import sys
import types
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, make_dataclass


@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = field(default_factory=list)


print(Point(1), Point.__doc__)
print([(f.name, f.type) for f in fields(Point)])
print(Point.__init__.__annotations__)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0
    also: dataclasses.InitVar[int] = 0
    _: KW_ONLY
    label: str = ''

    def __post_init__(self, factor, also):
        self.value = self.value * factor + also


s = Scaled(1.5, 4, 1, label='s')
print(s, [f.name for f in fields(Scaled)], Scaled.__doc__)
print(sorted((n, repr(f._field_type)) for n, f in Scaled.__dataclass_fields__.items()))
try:
    Scaled(1, 2, 3, 'positional')
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Bare:
    a: int
    c: InitVar = 1
    d: 'InitVar[int]' = 2

    def __post_init__(self, c):
        print('post_init got', c)


print(Bare(1), [f.name for f in fields(Bare)])

# make_dataclass takes the strings as they are; they are looked up in the
# class's module.


def post_init(self, b, c):
    print('post_init got', b, c)


Spaced = make_dataclass('Spaced', [('a', 'int'),
                                   ('b', ' dataclasses . InitVar [int]', 0),
                                   ('c', '  InitVar', 1),
                                   ('d', 'dataclasses.KW_ONLY'),
                                   ('e', 'int', 5),
                                   ('f', 'dataclasses', 6),
                                   ('g', 'types.InitVar', 7)],
                        namespace={'__module__': __name__,
                                   '__post_init__': post_init})
print(Spaced(1), [f.name for f in fields(Spaced)], Spaced.__doc__)

# Without typing imported by this module, "ClassVar[int]" is an ordinary
# annotation naming nothing: a field.


@dataclass
class NoTyping:
    x: ClassVar[int] = 5


print(NoTyping(), [f.name for f in fields(NoTyping)])

# A stand-in typing module: dataclasses recognises ClassVar by identity
# with the ClassVar of sys.modules['typing'].
saved = sys.modules.get('typing')
fake = types.ModuleType('typing')


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, item):
        return _GenericAlias(self, item)


class _GenericAlias:
    def __init__(self, origin, arg):
        self.__origin__ = origin
        self.__args__ = (arg,)

    def __repr__(self):
        return '%r[%s]' % (self.__origin__, self.__args__[0].__name__)


fake._SpecialForm = _SpecialForm
fake._GenericAlias = _GenericAlias
fake.ClassVar = _SpecialForm('ClassVar')
sys.modules['typing'] = fake
ClassVar = fake.ClassVar
typing = fake
try:
    @dataclass
    class Counter:
        name: str
        instances: ClassVar[int] = 0
        registry: typing.ClassVar[dict] = {}
        kind: ClassVar = 'counter'
        quoted: 'ClassVar[int]' = 1
        count: int = 0

        def __post_init__(self):
            Counter.instances += 1
            Counter.registry[self.name] = self

    a = Counter('a')
    b = Counter('b', 5)
    print(a, b, Counter.instances, sorted(Counter.registry), Counter.kind)
    print([f.name for f in fields(Counter)], Counter.__match_args__, Counter.__doc__)
    print(sorted((n, repr(f._field_type)) for n, f in Counter.__dataclass_fields__.items()))
    print(dataclasses.asdict(a), dataclasses.replace(a, count=9))

    # The class docstring shows typing's objects without "typing.".
    class _Shown:
        def __init__(self, text):
            self.text = text

        def __repr__(self):
            return self.text

    _Shown.__module__ = 'typing'
    Typed = make_dataclass('Typed', [
        ('a', _Shown('typing.Dict[str, typing.List[mytyping.X]]'), None),
        ('b', _Shown('typing.Optional[typing_extensions.Y]'), None)])
    print(Typed.__doc__)

    for body in ['kw_only', 'factory']:
        try:
            if body == 'kw_only':
                @dataclass
                class Bad:
                    x: ClassVar[int] = field(default=1, kw_only=True)
            else:
                @dataclass
                class Bad:
                    x: ClassVar[list] = field(default_factory=list)
        except TypeError as e:
            print('TypeError:', e)
finally:
    if saved is None:
        del sys.modules['typing']
    else:
        sys.modules['typing'] = saved
