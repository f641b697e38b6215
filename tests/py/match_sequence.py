# Sequence patterns: lists, tuples, ranges and friends, never str/bytes.
from collections import deque


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"single {x!r}"
        case [x, y]:
            return f"pair {x!r} {y!r}"
        case (x, y, z):
            return f"triple {x!r} {y!r} {z!r}"
        case [first, *rest]:
            return f"first {first!r} rest {rest!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], "ab", b"ab", bytearray(b"ab"),
          range(2), range(5), deque([7, 8]), {1: 2}, {1, 2}, 12, None, iter([1])]:
    print(type(v).__name__, shape(v))

# Star in every position.
for v in [[1, 2, 3, 4, 5], [1, 2], [9]]:
    match v:
        case [*init, last] if len(init) > 2:
            print("init", init, "last", last)
        case [a, *middle, z] if middle:
            print("a", a, "middle", middle, "z", z)
        case [*everything]:
            print("everything", everything, type(everything).__name__)

# The star always captures a list, whatever the subject.
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match range(10, 15):
    case [*_, x, y]:
        print("range tail", x, y)


class MyList(list):
    pass


class MyTuple(tuple):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
match MyTuple((3, 4)):
    case (a, b):
        print("tuple subclass", a, b)

# Parenthesised and bare tuple forms.
match 1, 2:
    case a, b:
        print("bare tuple", a, b)
match [1, [2, 3]]:
    case [(a), (b, c)]:
        print("grouped", a, b, c)
match []:
    case ():
        print("() matches an empty list")
