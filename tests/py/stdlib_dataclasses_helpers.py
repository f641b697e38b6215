# dataclasses: fields(), asdict(), astuple(), replace(), is_dataclass(),
# make_dataclass() and the MISSING sentinel.
import copy
import json
from collections import namedtuple, OrderedDict, defaultdict
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, InitVar, MISSING)
import dataclasses

Pair = namedtuple('Pair', 'left right')


class Payload:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Payload(%r)' % (self.v,)


@dataclass
class Leaf:
    name: str
    weight: float = 1.0


@dataclass
class Tree:
    root: Leaf
    leaves: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: Pair = None
    shape: tuple = ()
    extra: object = None


t = Tree(Leaf('r'), [Leaf('a'), [Leaf('b', 2.5)]], {'c': Leaf('c'), 1: [Leaf('d')]},
         Pair(Leaf('l'), 3), (Leaf('s'), 4), Payload([1, 2]))
d = asdict(t)
print(d)
print(type(d['pair']).__name__, d['pair'].left, d['extra'] is t.extra,
      d['extra'].v is t.extra.v, d['leaves'] is t.leaves)
print(astuple(t))
print(astuple(t)[5].v == t.extra.v, astuple(t)[5] is t.extra)
print(asdict(Leaf('x'), dict_factory=OrderedDict))
print(asdict(t, dict_factory=lambda items: {k.upper(): v for k, v in items})['ROOT'])
print(astuple(t, tuple_factory=list)[:2])
print(json.dumps(asdict(Leaf('j', 0.5)), sort_keys=True))
dd = defaultdict(list, {'k': [Leaf('q')]})
try:
    asdict(Tree(Leaf('r'), index=dd))  # 3.11 rebuilds a defaultdict wrongly
except TypeError as e:
    print('TypeError:', e)
for bad in [Leaf, 3, [Leaf('x')], None]:
    for fn in (asdict, astuple):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, 'TypeError:', e)

# fields() on classes and instances; only real fields.


@dataclass
class WithPseudo:
    a: int
    iv: InitVar[int] = 0
    b: str = 'b'

    def __post_init__(self, iv):
        self.seen = iv


print([f.name for f in fields(WithPseudo)], [f.name for f in fields(WithPseudo(1))])
print(sorted(WithPseudo.__dataclass_fields__))
print(asdict(WithPseudo(1, 2)), astuple(WithPseudo(1, 2)))
for bad in [3, object, 'x']:
    try:
        fields(bad)
    except TypeError as e:
        print('TypeError:', e)
print(type(fields(Leaf)).__name__, len(fields(Leaf)))

# replace()


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)
    opened: int = field(default=0, init=False)

    def __post_init__(self):
        self.opened += 1


a = Account('ann', 10, ['open'])
b = replace(a, balance=20)
print(a, b, b.history is a.history, b.opened)
print(replace(a))
try:
    replace(a, opened=5)
except ValueError as e:
    print('ValueError:', e)
try:
    replace(a, missing=1)
except TypeError as e:
    print('TypeError:', e)
try:
    replace(Account, owner='x')
except TypeError as e:
    print('TypeError:', e)
try:
    replace(a, a, owner='x')
except TypeError as e:
    print('TypeError:', e)
print(replace(WithPseudo(1), b='c').seen, replace(WithPseudo(1), iv=5).seen)


@dataclass
class NeedsInitVar:
    a: int
    iv: InitVar[int]

    def __post_init__(self, iv):
        pass


try:
    replace(NeedsInitVar(1, 2), a=3)
except ValueError as e:
    print('ValueError:', e)
print(replace(NeedsInitVar(1, 2), iv=3))

# is_dataclass()
print(is_dataclass(Leaf), is_dataclass(Leaf('x')), is_dataclass(Payload),
      is_dataclass(Payload(1)), is_dataclass(dataclass), is_dataclass(None))


class Sub(Leaf):
    pass


print(is_dataclass(Sub), is_dataclass(Sub('s')), Sub('s'))

# make_dataclass()
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))])
print(C, C.__name__, C.__qualname__, C.__module__)
print(C(1, 2), C(1, 2) == C(1, 2), C.__doc__, C.__match_args__)
print([(f.name, f.type) for f in fields(C)])
@dataclass(frozen=True, order=True)
class FrozenLeaf:
    name: str
    weight: float = 1.0


P = make_dataclass('P', [('x', int, 1), ('y', int, 0)], bases=(FrozenLeaf,),
                   namespace={'norm': lambda self: self.x * self.x + self.y * self.y,
                              '__module__': __name__},
                   frozen=True, order=True)
p = P('n', 2.0, 3)
print(p, p.norm(), P.__module__, P('a', 1, 1) < P('a', 1, 2), hash(p) == hash(('n', 2.0, 3, 0)))
try:
    p.x = 1
except dataclasses.FrozenInstanceError as e:
    print(e)
K = make_dataclass('K', [('a', int), ('b', int)], kw_only=True, eq=False, repr=False)
print(K(a=1, b=2).b, '__repr__' in K.__dict__, K.__doc__)
for bad in [[('a', int, 1, 2)], ['a b'], ['class'], ['a', 'a'], [(1, int)], ['ok', ('x',)]]:
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    make_dataclass('Bad', [('a', int, 0), 'b'])
except TypeError as e:
    print('TypeError:', e)

# MISSING and the other sentinels
print(type(MISSING).__name__, MISSING is dataclasses.MISSING, bool(MISSING))
print(fields(Leaf)[0].default is MISSING, fields(Leaf)[1].default_factory is MISSING)
print(copy.copy(MISSING) is MISSING, type(dataclasses.KW_ONLY).__name__)
print(sorted(dataclasses.__all__))
