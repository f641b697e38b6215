# Errors raised while matching, with CPython's messages.


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = ("a", 2)
    a = 1


class NoArgs:
    pass


class TupleSub(tuple):
    pass


class SubArgs:
    __match_args__ = TupleSub(("a",))


def too_many():
    match Point():
        case Point(1, 2, 3):
            return "no"


def list_args():
    match ListArgs():
        case ListArgs(x):
            return x


def int_args():
    match IntArgs():
        case IntArgs(1, y):
            return y


def no_args():
    match NoArgs():
        case NoArgs(x):
            return x


def builtin_two():
    match 5:
        case int(a, b):
            return a


def not_a_type():
    match 5:
        case len(x):
            return x


def dup_attr():
    match Point(1, 2):
        case Point(1, x=1):
            return "no"


def tuple_subclass():
    match SubArgs():
        case SubArgs(a):
            return a


class Keys:
    A = "k"
    B = "k"
    L = ["unhashable"]


def dup_key():
    match {"k": 1, "j": 2}:
        case {Keys.A: 1, Keys.B: 2}:
            return "no"


def unhashable_key():
    match {"k": 1}:
        case {Keys.L: 1}:
            return "no"


def wrong_type_only_when_reached():
    match 1:
        case 1:
            return "first case matched, later bad pattern never ran"
        case len():
            return "no"


def zero_positional_ok():
    match NoArgs():
        case NoArgs():
            return "zero positional sub-patterns are fine"


for name, fn in list(globals().items()):
    if callable(fn) and name not in ("attempt",) and not isinstance(fn, type):
        attempt(name, fn)
