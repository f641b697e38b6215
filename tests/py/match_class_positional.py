# Class patterns with positional sub-patterns via __match_args__.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Label(Point):
    pass  # inherits __match_args__


def where(p):
    match p:
        case Point3(x, y, 0):
            return f"flat 3d {x},{y}"
        case Point3(x, y, z):
            return f"3d {x},{y},{z}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point(x):
            return f"somewhere with x={x}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5),
          Point3(1, 2, 0), Point3(1, 2, 3), Label(0, 0), Label(7, 8), (0, 0)]:
    print(p, "->", where(p))


class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right


def depth(t):
    match t:
        case Pair(l, r):
            return 1 + max(depth(l), depth(r))
        case _:
            return 0


print(depth(Pair(Pair(1, Pair(2, 3)), 4)))


class Empty:
    pass


match Empty():
    case Empty():
        print("no sub-patterns needed")
match 5:
    case object():
        print("everything is an object")
