# dataclasses: the errors raised while a class is processed, and a
# traceback through the generated __init__ and __setattr__.
from dataclasses import dataclass, field, KW_ONLY, InitVar
import dataclasses


def attempt(label, make):
    try:
        cls = make()
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '-> ok', cls.__name__)


def mutable_list():
    @dataclass
    class C:
        x: list = []
    return C


def mutable_dict():
    @dataclass
    class C:
        y: int = 0
        x: dict = {}
    return C


def mutable_set():
    @dataclass
    class C:
        x: set = field(default=set())
    return C


def mutable_but_hashable():
    @dataclass
    class C:
        x: tuple = ([],)
        y: frozenset = frozenset()
    return C


def unhashable_custom():
    class Unhashable:
        __hash__ = None

    @dataclass
    class C:
        x: object = Unhashable()
    return C


def order_of_defaults():
    @dataclass
    class C:
        x: int = 0
        y: int
    return C


def order_of_defaults_inherited():
    @dataclass
    class Base:
        x: int = 0

    @dataclass
    class C(Base):
        y: int
    return C


def order_with_factory():
    @dataclass
    class C:
        x: list = field(default_factory=list)
        y: int
    return C


def order_kw_only_is_fine():
    @dataclass
    class C:
        x: int = 0
        y: int = field(kw_only=True)
    return C


def order_init_false_is_fine():
    @dataclass
    class C:
        x: int = 0
        y: int = field(init=False)
    return C


def no_annotation():
    @dataclass
    class C:
        x: int
        y = field(default=1)
    return C


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
    return C


def initvar_factory():
    @dataclass
    class C:
        x: InitVar[list] = field(default_factory=list)
    return C


def both_defaults():
    @dataclass
    class C:
        x: int = field(default=1, default_factory=int)
    return C


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int
    return C


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class C(A):
        pass
    return C


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class C(A):
        pass
    return C


def own_setattr_frozen():
    @dataclass(frozen=True)
    class C:
        x: int

        def __delattr__(self, name):
            pass
    return C


def own_le():
    @dataclass(order=True)
    class C:
        x: int

        def __le__(self, other):
            return False
    return C


def own_hash_unsafe():
    @dataclass(unsafe_hash=True)
    class C:
        x: int
        __hash__ = lambda self: 0
    return C


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int
    return C


def bad_option():
    @dataclass(sorted=True)
    class C:
        x: int
    return C


def positional_option():
    class C:
        x: int
    return dataclass(C, True)


for name, make in list(globals().items()):
    if callable(make) and name not in ('attempt', 'dataclass', 'field',
                                       'KW_ONLY', 'InitVar'):
        attempt(name, make)

try:
    dataclasses.field(1)
except TypeError as e:
    print('field:', e)
try:
    dataclasses.fields()
except TypeError as e:
    print('fields:', e)


@dataclass(frozen=True)
class Config:
    name: str
    retries: int = 3

    def __post_init__(self):
        if self.retries < 0:
            # Frozen: this assignment raises through the generated
            # __setattr__, called from the generated __init__.
            self.retries = 0


print(Config('ok'))
Config('bad', -1)
