# typing: get_type_hints and ForwardRef, cast, overload, final,
# no_type_check, assert_never, reveal_type and the other helpers.
import sys
import typing
from typing import (get_type_hints, ForwardRef, List, Dict, Optional, Union,
                    Callable, Annotated, ClassVar, Final, cast, overload,
                    get_overloads, clear_overloads, final, no_type_check,
                    no_type_check_decorator, assert_never, assert_type,
                    reveal_type, TYPE_CHECKING, Any, Tuple, TypeVar,
                    dataclass_transform, Literal, get_args, get_origin)

if TYPE_CHECKING:
    import not_a_real_module


def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))


print("-- get_type_hints on functions")


def f1(a: int, b: 'str', c: 'List[int]' = None, *args: 'float', **kw: Dict[str, 'Node']) -> 'Optional[Node]':
    return None


class Node:
    next: 'Optional[Node]'
    value: int = 0
    tags: ClassVar[List[str]] = []
    MAX: Final = 10
    meta: Annotated[int, 'positive'] = 1


def f2(x, y):
    pass


def f3(x: None, y: 'None') -> None:
    pass


print(f1.__annotations__)
print(get_type_hints(f1))
print(get_type_hints(f2), get_type_hints(f3))
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
print(Node.__annotations__)


class Child(Node):
    parent: 'Node'
    extra: 'Dict[str, Child]'


print(get_type_hints(Child))
print(list(get_type_hints(Child)))

print("-- namespaces")


def uses_local() -> 'Local':
    pass


err(lambda: get_type_hints(uses_local))
print(get_type_hints(uses_local, localns={'Local': int}))
print(get_type_hints(uses_local, {'Local': str}))
print(get_type_hints(uses_local, {'Local': str}, {'Local': bytes}))


def make():
    class Inner:
        pass

    def g(x: 'Inner') -> Inner:
        pass
    return g, Inner


g, Inner = make()
err(lambda: get_type_hints(g))
print(get_type_hints(g, localns={'Inner': Inner}) == {'x': Inner, 'return': Inner})
print(get_type_hints(sys.modules[__name__]).get('MODVAR'))

MODVAR: 'Dict[str, int]' = {}

print(get_type_hints(sys.modules[__name__])['MODVAR'])
err(lambda: get_type_hints(3))
err(lambda: get_type_hints('x'))
print(get_type_hints(len), get_type_hints(int), get_type_hints(object))


def bad_ref(x: 'undefined_name'):
    pass


def bad_syntax(x: 'a b'):
    pass


err(lambda: get_type_hints(bad_ref))
err(lambda: get_type_hints(bad_syntax))


def wrapper_target(a: 'Node') -> int:
    return 1


def deco(fn):
    def w(*args):
        return fn(*args)
    w.__wrapped__ = fn
    w.__annotations__ = fn.__annotations__
    return w


print(get_type_hints(deco(wrapper_target)))


class WithMethods:
    def m(self, x: 'WithMethods') -> 'List[WithMethods]':
        return [self]

    @staticmethod
    def s(y: 'int') -> None:
        pass


print(get_type_hints(WithMethods.m), get_type_hints(WithMethods().m))
print(get_type_hints(WithMethods.s))

print("-- ForwardRef")
fr = ForwardRef('List[int]')
print(fr, fr.__forward_arg__, fr.__forward_evaluated__, fr == ForwardRef('List[int]'))
print(hash(fr) == hash(ForwardRef('List[int]')), fr == 'List[int]', ForwardRef('x', module='m'))
print(List['Node'].__args__[0], Optional['Node'], Union['A', 'B'], 'A' | ForwardRef('B') if False else None)
print(ForwardRef('A') | None, None | ForwardRef('A'))
err(lambda: ForwardRef(1))
err(lambda: ForwardRef('1 +'))
print(typing._eval_type(List['int'], globals(), None), fr.__forward_evaluated__)
print(typing._eval_type(ForwardRef('Dict[str, "Node"]'), globals(), None))
print(get_type_hints(Node)['next'].__args__[0] is Node)

print("-- cast, assert_type, TYPE_CHECKING")
print(cast(int, "not an int"), cast('List[int]', 5), cast(List[int], None))
print(assert_type(3, str), TYPE_CHECKING, 'not_a_real_module' in sys.modules)

print("-- overload")


@overload
def area(x: int) -> int: ...


@overload
def area(x: str) -> str: ...


def area(x):
    return x * 2


print(area(3), area('ab'), len(get_overloads(area)))
print([get_type_hints(o) for o in get_overloads(area)])


class Shape:
    @overload
    def scale(self, f: int) -> 'Shape': ...

    @overload
    def scale(self, f: float) -> 'Shape': ...

    def scale(self, f):
        return self


print(len(get_overloads(Shape.scale)), get_overloads(f2))


@overload
def only(x: int) -> int: ...


err(lambda: only(1))
print(only.__name__)
clear_overloads()
print(get_overloads(area))

print("-- final, no_type_check")


@final
class Leaf:
    @final
    def done(self):
        return 1


print(Leaf.__final__, Leaf.done.__final__, final(3), final(len))


@no_type_check
def untyped(a: 'this is not a type', b: 123) -> 'whatever':
    return a


print(untyped.__no_type_check__, get_type_hints(untyped), untyped(1, 2))


@no_type_check
class Loose:
    x: 'not valid'

    def m(self, a: 'bad'):
        pass

    class Nested:
        def n(self, b: 'bad'): pass


print(Loose.__no_type_check__, Loose.m.__no_type_check__, Loose.Nested.n.__no_type_check__)
print(get_type_hints(Loose), get_type_hints(Loose.m))


@no_type_check_decorator
def my_deco(func):
    return func


@my_deco
def decorated(a: 'bad type') -> 1:
    return a


print(decorated.__no_type_check__, get_type_hints(decorated), my_deco.__name__)

print("-- assert_never, reveal_type, dataclass_transform")
err(lambda: assert_never(42))
err(lambda: assert_never('x' * 200))
print(reveal_type(3.5), reveal_type([1]))
sys.stderr.flush()


@dataclass_transform(kw_only_default=True, frozen=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)

print("-- annotations inside functions and classes")
T = TypeVar('T')


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


def apply(f: Callable[[int], str], x: int) -> str:
    return f(x)


print(first([4, 5]), first([]), apply(str, 42), first.__annotations__)
print(apply.__annotations__['f'], get_args(apply.__annotations__['f']))


def mode(m: Literal['r', 'w'] = 'r') -> Tuple[str, ...]:
    return (m,)


print(mode(), get_type_hints(mode))
x: List[int] = [1, 2]
y: 'Dict[str, Any]'
print(x, __annotations__['x'], __annotations__['y'], 'y' in globals())
