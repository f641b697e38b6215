# dataclasses: the decorator with and without arguments, the generated
# __init__/__repr__/__eq__, their names, signatures and errors.
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(x=4), Point(y=5, x=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), Point.__eq__(p, (1, 2)))
print(Point.__init__.__name__, Point.__init__.__qualname__)
print(Point.__repr__.__name__, Point.__repr__.__qualname__)
print(Point.__eq__.__qualname__, Point.__init__.__module__)
print(Point.__init__.__annotations__)
print(Point.__init__.__defaults__, Point.__init__.__kwdefaults__)
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__hash__)
print(sorted(k for k in Point.__dict__ if k.startswith('__dataclass')))
print(Point.__dataclass_params__)
print(Point.x if hasattr(Point, 'x') else 'no class attribute x', Point.y)

# Calls with the wrong arguments: CPython's messages, naming C.__init__.
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}),
                     ((1,), {'x': 2}), ((), {'y': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)


@dataclass
class Three:
    a: str
    b: str
    c: str


try:
    Three()
except TypeError as e:
    print(e)
try:
    Three('a')
except TypeError as e:
    print(e)


# With empty parentheses and with arguments.
@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)
try:
    Empty(1)
except TypeError as e:
    print(e)


@dataclass(repr=False, eq=False, match_args=False)
class Bare:
    v: int


b = Bare(7)
print(b.v, '__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__,
      hasattr(Bare, '__match_args__'), b == Bare(7), b == b)
print(Bare.__hash__ is object.__hash__)


@dataclass(init=False)
class NoInit:
    v: int = 3


n = NoInit()
print(n, '__init__' in NoInit.__dict__, NoInit.__doc__)

# Calling dataclass() as a function.
D = dataclass(type('D', (), {'__annotations__': {'q': int}, 'q': 9}))
print(D(), D(1), D.__module__, dataclass()(type('E', (), {}))())
print(dataclass(Point) is Point)

# The class's own methods win.


@dataclass
class Own:
    v: int

    def __repr__(self):
        return 'Own!'

    def __eq__(self, other):
        return True


print(Own(1), Own(1) == 5, Own.__hash__)

# Nested classes: repr and method names use the qualified name.


def make():
    @dataclass
    class Inner:
        v: int
    return Inner


Inner = make()
print(Inner(1), Inner.__init__.__qualname__, Inner.__repr__.__qualname__)


class Outer:
    @dataclass
    class Nested:
        v: int = 1


print(Outer.Nested(), Outer.Nested.__eq__.__qualname__)

# A field named self: __init__ calls its own parameter something else.


@dataclass
class Selfish:
    self: int
    other: int = 2


print(Selfish(1), Selfish(self=5, other=6))

# Recursive structures print '...'.


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(Node(2))
root.children.append(root)
print(root)
print(Node.__repr__.__wrapped__.__qualname__)

# match with positional patterns from __match_args__.
for obj in [Point(0, 0), Point(1, 0), Point(5, 5), Three('x', 'y', 'z')]:
    match obj:
        case Point(0, 0):
            print('origin')
        case Point(x, 0):
            print('on the x axis at', x)
        case Point(x=a, y=b) if a == b:
            print('diagonal', a)
        case Three(a, b, c):
            print('three', a + b + c)

print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p),
      dataclasses.is_dataclass(Outer), dataclasses.is_dataclass(3))
