# typing: the special aliases and forms, their reprs, subscription,
# equality and hashing, get_origin/get_args, and the errors CPython raises.
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, MutableSequence, AbstractSet,
                    Collection, Container, Hashable, Sized, Reversible,
                    Awaitable, Coroutine, AsyncIterator, AsyncIterable,
                    AsyncGenerator, Deque, DefaultDict, OrderedDict, Counter,
                    ChainMap, ClassVar, Final, Literal, Annotated, NoReturn,
                    Never, Self, TypeAlias, LiteralString, TypeVar,
                    get_origin, get_args, Text, AnyStr, TYPE_CHECKING, IO,
                    TextIO, BinaryIO, MutableSet, ByteString, KeysView,
                    ItemsView, ValuesView, MappingView, ContextManager,
                    AsyncContextManager, TypeGuard, Required, NotRequired)
import typing
import collections


def show(*xs):
    print(" | ".join(repr(x) for x in xs))


def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))


print("-- bare aliases")
show(List, Dict, Set, FrozenSet, Tuple, Type, Callable)
show(Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping)
show(MutableSequence, AbstractSet, MutableSet, Collection, Container)
show(Hashable, Sized, Reversible, Awaitable, Coroutine, AsyncIterator)
show(AsyncIterable, AsyncGenerator, Deque, DefaultDict, OrderedDict)
show(Counter, ChainMap, ByteString, KeysView, ItemsView, ValuesView)
show(MappingView, ContextManager, AsyncContextManager)
show(Any, Optional, Union, ClassVar, Final, Literal, NoReturn, Never)
show(Self, TypeAlias, LiteralString, TypeGuard, Required, NotRequired)
show(Annotated, Text, TYPE_CHECKING, IO, TextIO, BinaryIO, AnyStr)
print(List.__name__, Dict.__qualname__, Union.__name__, AbstractSet.__name__)

print("-- subscripted")
show(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[str])
show(Tuple[int, str], Tuple[int, ...], Tuple[()], Type[int])
show(Callable[[int], str], Callable[..., int], Callable[[], None])
show(Callable[[int, str], Dict[str, int]], Callable[[Callable[[int], int]], int])
show(Iterable[int], Iterator[str], Generator[int, None, None])
show(Mapping[str, Any], MutableMapping[str, int], Sequence[float])
show(Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str])
show(ChainMap[str, int], Coroutine[Any, Any, int], AsyncGenerator[int, None])
show(ClassVar[int], Final[str], Type[Any], List[Any], List[None])
show(List['Foo'], Dict['K', 'V'], Optional['Node'])
show(List[list[int]], dict[str, List[int]], list[Optional[int]])
show(Literal[1, 'a', b'x', True, None], Literal['r', 'w'])
show(Annotated[int, 'meta'], Annotated[List[int], 1, 2.5])
show(Annotated[Annotated[int, 'a'], 'b'])

print("-- unions")
show(Optional[int], Union[int, str], Union[int, str, None])
show(Union[int, int], Union[int], Optional[None], Union[None, int])
show(Optional[Union[int, str]], Union[int, Optional[str]])
show(Union[Union[int, str], float], Union[int, Union[str, int]])
show(Union[int, List[int]], Optional[List[int]], Union[str, 'Foo'])
show(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
show(Optional[int] == Union[int, None], Optional[int] == Union[None, int])
show(Union[int, str] == (int | str), (int | str) == Union[int, str])
show(Optional[int] == (int | None), hash(Union[int, str]) == hash(Union[str, int]))
show(hash(Union[int, str]) == hash(int | str))
show(int | List[int], List[int] | None, Optional[int] | str, None | List[str])
show(Union[int | str, float], Optional[int | str], Union[int, str] | None)
show(Literal[1] | None, Annotated[int, 'x'] | str)
show(Union[int, str].__args__, Optional[int].__args__)

print("-- equality and hashing")
show(List[int] == List[int], List[int] is List[int], List[int] == List[str])
show(List[int] == list[int], list[int] == List[int], List == list)
show(Dict[str, int] == Dict[str, int], hash(Dict[str, int]) == hash(Dict[str, int]))
show(Callable[[int], str] == Callable[[int], str], Tuple[int, ...] == Tuple[int, ...])
show(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1, 1] == Literal[1])
show(Literal[1, 1, 2], Literal[Literal[1, 2], 3], hash(Literal[1, 2]) == hash(Literal[2, 1]))
show(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
show(ClassVar[int] == ClassVar[int], len({List[int], List[int], List[str]}))
d = {List[int]: 'a', Optional[str]: 'b'}
show(d[List[int]], d[Union[str, None]])

print("-- get_origin / get_args")
for tp in [List[int], Dict[str, int], List, Tuple[int, ...], Tuple[()],
           Callable[[int], str], Callable[..., str], Callable[[], int],
           Optional[int], Union[int, str], int | str, Literal[1, 2],
           Annotated[int, 'x'], ClassVar[int], Final[int], Iterable[str],
           list[int], int, None, 'x', Generator[int, None, str],
           Deque[int], Type[int], Mapping[str, List[int]]]:
    print(repr(tp), "->", get_origin(tp), get_args(tp))
show(get_origin(typing.Generic), get_origin(typing.Generic[TypeVar('T')]))

print("-- instance checks")
show(isinstance([], List), isinstance((), List), isinstance({}, Dict))
show(isinstance(set(), Set), isinstance(frozenset(), FrozenSet), isinstance((), Tuple))
show(isinstance(int, Type), isinstance(3, Type), issubclass(list, List))
show(issubclass(dict, Mapping), issubclass(bool, Type) if False else None)
show(isinstance(collections.deque(), Deque), isinstance(collections.Counter(), Counter))
show(isinstance(collections.OrderedDict(), OrderedDict), isinstance({}, OrderedDict))
show(isinstance(collections.defaultdict(int), DefaultDict), isinstance(len, Callable))
show(isinstance(1, Optional[int]), isinstance(None, Optional[int]), isinstance('s', Optional[int]))
show(isinstance(1, Union[str, int]), issubclass(bool, Union[int, str]))
show(issubclass(List, List), issubclass(List, Sequence) if False else None)
for check in [lambda: isinstance([], List[int]),
              lambda: issubclass(list, List[int]),
              lambda: isinstance({}, Dict[str, int]),
              lambda: isinstance(1, Any),
              lambda: isinstance(1, Union),
              lambda: issubclass(int, Optional),
              lambda: isinstance(1, ClassVar[int]),
              lambda: isinstance(1, Literal[1]),
              lambda: isinstance([], Iterable[int]),
              lambda: isinstance(len, Callable[[int], int]),
              lambda: isinstance([], list[int]),
              lambda: isinstance(1, Union[List[int], int]),
              lambda: isinstance(1, Union[int, List[int]])]:
    err(check)

print("-- errors")
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Sized[int],
            lambda: Hashable[int], lambda: List[int][str], lambda: Callable[int],
            lambda: Callable[[int]], lambda: Callable[int, str, bytes],
            lambda: Union[()], lambda: Optional[int, str], lambda: ClassVar[int, str],
            lambda: Final[int, str], lambda: List[ClassVar[int]], lambda: List[Final[int]],
            lambda: Union[ClassVar[int], str], lambda: List[Union], lambda: Dict[str, Optional],
            lambda: NoReturn[int], lambda: Never[int], lambda: Self[int], lambda: Any[int],
            lambda: TypeAlias[int], lambda: Annotated[int], lambda: Annotated(),
            lambda: Tuple[int, ..., str], lambda: Tuple[..., int], lambda: List[(int, str)],
            lambda: Optional[(int, str)], lambda: Union[int, typing.Generic],
            lambda: List(), lambda: Dict(), lambda: Tuple(), lambda: Type(),
            lambda: Union(), lambda: Optional(), lambda: Any(), lambda: ClassVar(),
            lambda: Deque([1, 2]), lambda: DefaultDict(int), lambda: Counter('abca'),
            lambda: OrderedDict(a=1)]:
    err(bad)

print("-- subclassing the forms")
for body in ["class X(Union): pass", "class X(Optional[int]): pass",
             "class X(ClassVar[int]): pass", "class X(type(List)): pass",
             "class X(Literal[1]): pass", "class X(Any): pass",
             "class X(Annotated[int, 1]): pass", "class X(typing.Generic): pass",
             "class X(Annotated): pass"]:
    try:
        exec(body, {'Union': Union, 'Optional': Optional, 'ClassVar': ClassVar,
                    'List': List, 'Literal': Literal, 'Any': Any,
                    'Annotated': Annotated, 'typing': typing})
        print(body, "-> ok")
    except TypeError as e:
        print(body, "->", e)

print("-- attributes and calls")
show(List[int].__origin__, List[int].__args__, List[int].__parameters__)
show(Dict[str, int]._name, Optional[int].__origin__, Literal[1].__origin__)
show(Annotated[int, 'a', 'b'].__metadata__, Annotated[int, 'a'].__origin__)
show(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]('abca'))
show(OrderedDict[str, int](a=1), Deque[int]().__orig_class__ if False else None)
show(List.append is list.append, Dict.fromkeys('ab'), Tuple[int].__origin__)
show(Callable[[int], str].__args__, Callable[..., str].__args__)
show(Tuple[int, ...].__args__, Tuple[()].__args__, Annotated[int, 'x'].__args__)
show(typing.List[int].__module__, typing.List.__module__, typing.Union.__module__)
show(Text is str, AnyStr.__constraints__, typing.TYPE_CHECKING)
try:
    iter(List)
except TypeError as e:
    print("iter:", e)
show(list(List[int]), list(Tuple[int, str]))
import copy
show(copy.copy(List[int]) == List[int], copy.deepcopy(Optional[int]) == Optional[int])

print("-- the hooks typing relies on")


def base_maker():
    pass


base_maker.__mro_entries__ = lambda bases: (dict,)   # an attribute, not a method


class FromFunction(base_maker):
    pass


print(FromFunction.__mro__, FromFunction.__orig_bases__ == (base_maker,))


class Meta(type):
    def __subclasscheck__(cls, sub):
        print("Meta check", sub.__name__)
        return super().__subclasscheck__(sub)   # type's own check, no hook again

    def __instancecheck__(cls, obj):
        return super().__instancecheck__(obj)


class WithMeta(metaclass=Meta):
    pass


class Sub(WithMeta):
    pass


print(issubclass(Sub, WithMeta), issubclass(int, WithMeta), isinstance(Sub(), WithMeta))
print(type.__subclasscheck__(WithMeta, Sub), type.__subclasscheck__(int, bool))
err(lambda: type.__subclasscheck__(int, 3))


class Hook:
    def __subclasscheck__(self, sub):
        return sub == 3


print(issubclass(3, Hook()), issubclass(4, Hook()))
err(lambda: issubclass(3, (int,)))
err(lambda: issubclass(3, list[int]))
