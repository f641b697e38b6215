# typing: NamedTuple (class syntax and functional), TypedDict (a dict at
# runtime), NewType.
from typing import (NamedTuple, TypedDict, NewType, List, Optional, Generic,
                    TypeVar, Required, NotRequired, Annotated, is_typeddict,
                    get_type_hints, Dict)
import typing


def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))


print("-- NamedTuple, class syntax")


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return Point(self.y, self.x)

    label = "pt"


p = Point(3, 4)
print(p, p.x, p[1], p.norm2(), p.swapped, p.label, len(p), tuple(p))
print(Point(5), Point(y=2, x=1), Point._fields, Point._field_defaults)
print(Point.__annotations__, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__bases__, Point.__mro__, isinstance(p, tuple), type(p) is Point)
print(p._asdict(), p._replace(x=10), Point._make([7, 8]))
print(p == (3, 4), hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 5)]))
a, b = p
print(a, b, Point.x.__doc__ if hasattr(Point.x, '__doc__') else None)
err(lambda: Point())
err(lambda: Point(1, 2, 3))
err(lambda: setattr(p, 'x', 5))


class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: Optional[str] = None
    tags: List[str] = []


e = Employee('ann')
print(e, e.tags, Employee.__doc__, Employee.__annotations__)


class Manager(Employee):
    def title(self):
        return "Mgr " + self.name


print(Manager('bob', 'eng'), Manager('bob').title(), Manager._fields)

for body in ["class X(NamedTuple):\n    a: int = 1\n    b: int\n",
             "class X(NamedTuple):\n    a: int = 1\n    b: int = 2\n    c: str\n",
             "class X(NamedTuple):\n    a: int\n    def _asdict(self): pass\n",
             "class X(NamedTuple):\n    a: int\n    _fields = 1\n",
             "class X(NamedTuple, dict):\n    a: int\n",
             "class X(NamedTuple):\n    a: 'SomeFwd'\n    b: List['X']\n"]:
    try:
        ns = {'NamedTuple': NamedTuple, 'List': List}
        exec(body, ns)
        print("ok:", ns['X']._fields, ns['X'].__annotations__)
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__ + ":", ex)

print("-- NamedTuple, functional")
Color = NamedTuple('Color', [('r', int), ('g', int), ('b', int)])
print(Color(1, 2, 3), Color.__annotations__, Color._fields, Color.__module__)
Size = NamedTuple('Size', w=float, h=float)
print(Size(1.0, 2.5), Size.__annotations__)
Empty = NamedTuple('Empty', [])
print(Empty(), Empty._fields)
err(lambda: NamedTuple('Bad', [('a', int)], b=str))
err(lambda: NamedTuple('Bad', [('a', (int, str))]))
print(type(NamedTuple).__name__, NamedTuple.__name__)

T = TypeVar('T')


class Node(NamedTuple, Generic[T]):
    value: T
    children: tuple = ()


n = Node[int](1)
print(n, Node.__parameters__, Node[int], Node.__mro__)

print("-- TypedDict, class syntax")


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
print(m, type(m), m == {'title': 'Blade Runner', 'year': 1982}, m['year'])
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Movie.__total__, Movie.__name__, Movie.__module__, Movie.__mro__, is_typeddict(Movie))
print(Movie(), Movie({'title': 'x'}), Movie([('year', 1)], title='t'))
err(lambda: isinstance(m, Movie))
err(lambda: issubclass(dict, Movie))


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class BookBase(TypedDict):
    author: str


class Book(BookBase, total=False):
    pages: int
    isbn: Required[str]
    note: Annotated[NotRequired[str], 'free text']


class Loose(TypedDict):
    a: int
    b: NotRequired[int]


for td in (PartialMovie, BookBase, Book, Loose):
    print(td.__name__, td.__total__, sorted(td.__required_keys__),
          sorted(td.__optional_keys__), list(td.__annotations__))
print(get_type_hints(Book))
print(get_type_hints(Book, include_extras=True))
print(Book(author='a', isbn='1'), is_typeddict(dict), is_typeddict(Book))
try:
    class Bad(TypedDict, dict):
        a: int
except TypeError as ex:
    print("TypeError:", ex)

print("-- TypedDict, functional")
Pt = TypedDict('Pt', {'x': int, 'y': int})
print(Pt(x=1, y=2), Pt.__annotations__, sorted(Pt.__required_keys__), Pt.__module__)
Pt2 = TypedDict('Pt2', {'x': int, 'class': str}, total=False)
print(Pt2.__annotations__, sorted(Pt2.__optional_keys__), Pt2.__total__)
err(lambda: TypedDict('Bad', {'a': int}, b=str))


class GenTD(TypedDict, Generic[T]):
    item: T


print(GenTD.__parameters__, GenTD[int], GenTD(item=3), GenTD.__mro__)

print("-- NewType")
UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__name__, UserId.__qualname__)
print(UserId.__supertype__, UserId.__module__, UserId(5) + 1)
ProUserId = NewType('ProUserId', UserId)
print(ProUserId, ProUserId.__supertype__, ProUserId(UserId(3)))
Dotted = NewType('mod.Inner', str)
print(Dotted, Dotted.__name__, Dotted.__qualname__)
print(UserId | None, Optional[UserId], List[UserId], Dict[UserId, str])
err(lambda: UserId(1, 2))
err(lambda: UserId())
try:
    class Sub(UserId):
        pass
except TypeError as ex:
    print("TypeError:", ex)
err(lambda: isinstance(1, UserId))


def lookup(uid: UserId) -> str:
    return "user%d" % uid


print(lookup(UserId(7)), get_type_hints(lookup))
