# Value patterns: dotted names compared with ==.
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Ns:
    class Inner:
        LIMIT = 10


def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Color.BLUE:
            return "B"
        case Ns.Inner.LIMIT:
            return "limit"
        case math.pi:
            return "pi"
        case _:
            return "?"


for c in ["red", "green", "blue", 10, math.pi, 3.14, "purple"]:
    print(repr(c), name(c))

# The value is looked up each time the pattern runs.
Color.RED = "crimson"
print(name("crimson"), name("red"))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  __eq__", self.v, "vs", other)
        return self.v == other


class Consts:
    ONE = 1
    TWO = 2


match Loud(2):
    case Consts.ONE:
        print("one")
    case Consts.TWO:
        print("two")
