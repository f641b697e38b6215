# Evaluation order: subject once, cases top to bottom, sub-patterns left to
# right, attribute and key lookups only as needed.
log = []


def note(tag, value):
    log.append(tag)
    return value


class Tracked:
    __match_args__ = ("a", "b", "c")

    def __getattribute__(self, name):
        if name in ("a", "b", "c", "d"):
            log.append("get " + name)
            return {"a": 1, "b": 2, "c": 3, "d": 4}[name]
        return object.__getattribute__(self, name)


def show(title):
    print(title, log)
    log.clear()


match note("subject", [1, 2]):
    case [3, _]:
        pass
    case [1, 2]:
        pass
show("subject evaluated once:")

match Tracked():
    case Tracked(1, 9):
        pass
    case Tracked(a=1, d=4, c=0):
        pass
    case Tracked(1, 2, d=d):
        print("d =", d)
show("attribute lookups:")


class Box:
    VALUE = 2


class Meta(type):
    def __getattribute__(cls, name):
        if name == "VALUE":
            log.append("load VALUE")
        return type.__getattribute__(cls, name)


class Lazy(metaclass=Meta):
    VALUE = 5


match 5:
    case 1:
        pass
    case Lazy.VALUE:
        print("value pattern looked up lazily")
show("value lookup:")


class EqLog:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f"{self.v}=={other}")
        return self.v == other


match [EqLog(1), EqLog(2)]:
    case [1, 3] | [1, 2]:
        pass
show("or alternatives compare again:")

match {"a": 1, "b": 2}:
    case {"b": 2, "a": 1, **rest}:
        print("rest", rest)
