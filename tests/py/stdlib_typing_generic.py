# typing: TypeVar, Generic classes and their subscription, substitution of
# type variables, ParamSpec and Concatenate, Protocol and runtime_checkable.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, List, Dict,
                    Tuple, Callable, Optional, Union, ParamSpec, Concatenate,
                    Iterable, Mapping, get_origin, get_args, Any, AnyStr,
                    SupportsInt, SupportsFloat, SupportsAbs, SupportsIndex,
                    SupportsRound, SupportsBytes, SupportsComplex, Sized,
                    TypeVarTuple, Unpack, ClassVar)
import typing


def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))


print("-- TypeVar")
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Base')
print(T, T_co, T_contra, N, B, AnyStr)
print(T.__name__, T.__module__, T.__constraints__, T.__bound__, T.__covariant__)
print(N.__constraints__, B.__bound__, T_co.__covariant__, T_contra.__contravariant__)
print(T == T, T == TypeVar('T'), T is T, hash(T) == hash(T))
err(lambda: TypeVar('X', int))
err(lambda: TypeVar('X', int, str, bound=int))
err(lambda: TypeVar('X', covariant=True, contravariant=True))
err(lambda: isinstance(1, T))
err(lambda: issubclass(int, T))
import copy
print(copy.copy(T) is T, copy.deepcopy(T) is T)
print(T | int, int | T, Optional[T], List[T], Dict[K, V])

print("-- Generic classes")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Box, Box[int], Box[List[str]], Pair[str, int], Pair[K, int])
print(Box.__parameters__, Pair.__parameters__, Box[int].__parameters__, Pair[K, int].__parameters__)
print(Box.__orig_bases__, Box.__mro__)
print(Box[int] == Box[int], Box[int] is Box[int], Box[int] == Box[str], Box[int] == Box)
print(get_origin(Box[int]) is Box, get_args(Pair[str, int]), Pair[K, int][str])
b = Box[int](5)
print(b, b.get(), b.__orig_class__, type(b))
b2 = Box("x")
print(b2, hasattr(b2, '__orig_class__'))
err(lambda: Box[int, str])
err(lambda: Pair[int])
err(lambda: Box[int][str])
err(lambda: Generic[int])
err(lambda: Generic[T, T])
err(lambda: Generic[()])
err(lambda: Generic[T][int])
print(type(Generic()).__name__)
err(lambda: isinstance(b, Box[int]))
print(isinstance(b, Box), issubclass(Box, Generic), isinstance(b, Generic))


class IntBox(Box[int]):
    pass


class SubBox(Box[T]):
    pass


class Triple(Pair[K, V], Generic[K, V, T]):
    pass


class Mixed(Box[T], Dict[str, T]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
print(SubBox.__parameters__, SubBox[str], Triple.__parameters__, Triple[int, str, bytes])
print(Mixed.__parameters__, Mixed.__mro__)
m = Mixed(3)
m['a'] = 4
print(m, m.item)
err(lambda: IntBox[int])
for body in ["class X(Generic): pass",
             "class X(Generic[T], Generic[K]): pass",
             "class X(Box[T], Generic[K]): pass",
             "class X(Generic[T], Box[T]): pass",
             "class X(List[T]): pass",
             "class X(Dict[K, V], Generic[T]): pass"]:
    try:
        ns = {'Generic': Generic, 'T': T, 'K': K, 'V': V, 'Box': Box,
              'List': List, 'Dict': Dict}
        exec(body, ns)
        X = ns['X']
        print(body, "->", X.__parameters__, [c.__name__ for c in X.__mro__])
    except TypeError as e:
        print(body, "->", e)

print("-- substitution")
print(List[T][int], Dict[K, V][str, int], Dict[str, T][bytes], Tuple[T, ...][int])
print(Optional[T][int], Union[T, int][str], Union[T, int][int], Union[T, K][int, str])
print(Callable[[T], K][int, str], Callable[..., T][int], Callable[[T], None][List[int]])
print(List[Dict[K, V]][str, int], Dict[K, List[V]][str, Box[int]])
print(Dict[str, list[T]][int], List[T].__parameters__, Dict[T, List[K]].__parameters__)
print(Tuple[T, T][int], Tuple[T, T].__parameters__, Box[Dict[K, V]][int, str])
A = List[Tuple[T, T]]
print(A, A[int], get_origin(A[int]), get_args(A[int]))
err(lambda: List[T][int, str])
err(lambda: Dict[K, V][int])
err(lambda: List[T][int][str])
print(Union[int, Union[T, int], str][int])

print("-- ParamSpec and Concatenate")
P = ParamSpec('P')
R = TypeVar('R')
print(P, P.__name__, P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args)
print(Callable[P, R], Callable[P, R].__parameters__, Callable[Concatenate[int, P], R])
print(Concatenate[int, P], Concatenate[int, str, P].__args__, get_origin(Concatenate[int, P]))
print(Callable[P, R][[int, str], bool], Callable[P, R][..., int])
print(Callable[Concatenate[int, P], R][[str], bool])
print(get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]))
err(lambda: Concatenate[int])
err(lambda: Concatenate[()])
err(lambda: Callable[P, R][int])


class Wrapper(Generic[P, R]):
    pass


print(Wrapper[[int], str], Wrapper[..., str], Wrapper.__parameters__)


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1, b=5), add.__annotations__)

print("-- TypeVarTuple")
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], Tuple[Unpack[Ts]], Tuple[int, Unpack[Ts]])


class Array(Generic[Unpack[Ts]]):
    pass


print(Array.__parameters__, Array[int], Array[int, str], Array[()])

print("-- Protocol")


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Sizer(Protocol):
    def size(self) -> int: ...


@runtime_checkable
class Named(Protocol):
    name: str


@runtime_checkable
class GetItem(Protocol[T]):
    def get(self) -> T: ...


class File:
    def close(self):
        print("closed")


class Person:
    def __init__(self, name):
        self.name = name


class NoClose:
    close = None


print(isinstance(File(), Closer), isinstance(3, Closer), isinstance(NoClose(), Closer))
print(issubclass(File, Closer), issubclass(int, Closer), issubclass(NoClose, Closer))
print(isinstance(Person('x'), Named), isinstance(File(), Named), isinstance(b, GetItem))
print(GetItem[int], GetItem.__parameters__, Closer._is_protocol, Closer._is_runtime_protocol)
err(lambda: isinstance(File(), Sizer))
err(lambda: issubclass(File, Sizer))
err(lambda: issubclass(Person, Named))
err(lambda: Closer())
err(lambda: runtime_checkable(Box))
err(lambda: runtime_checkable(int))
err(lambda: issubclass(3, Closer))


class Impl(Closer):
    def __init__(self, x):
        self.x = x


i = Impl(3)
print(i.x, isinstance(i, Closer), Impl._is_protocol, isinstance(i, Impl), Impl.__mro__)


class ImplNoInit(Sizer):
    def size(self):
        return 7


print(ImplNoInit().size(), isinstance(ImplNoInit(), ImplNoInit))


class Both(Closer, Sizer, Protocol):
    pass


print(Both._is_protocol, sorted(typing._get_protocol_attrs(Both)))
try:
    class Bad(Protocol, Box[int]):
        pass
except TypeError as e:
    print("TypeError:", e)


class Proto2(Protocol):
    x: int
    y: ClassVar[str]

    def meth(self): ...

    @property
    def prop(self): ...


print(sorted(typing._get_protocol_attrs(Proto2)))

print("-- Supports*")
print(isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(-1, SupportsAbs), isinstance(1, SupportsIndex), isinstance(1.5, SupportsIndex))
print(isinstance(2.5, SupportsRound), isinstance('x', SupportsBytes), isinstance(1j, SupportsComplex))
print(issubclass(int, SupportsInt), issubclass(str, SupportsInt), SupportsAbs[int])


class MyNum:
    def __int__(self):
        return 42

    def __float__(self):
        return 4.2

    def __bytes__(self):
        return b'42'


print(isinstance(MyNum(), SupportsInt), isinstance(MyNum(), SupportsFloat), int(MyNum()))
print(isinstance(MyNum(), SupportsIndex), issubclass(MyNum, SupportsFloat), isinstance(MyNum(), SupportsBytes))


def total(xs: Iterable[SupportsInt]) -> int:
    return sum(int(x) for x in xs)


print(total([1, 2.5, MyNum()]))
