# Mapping patterns: dicts and subclasses, extra keys, **rest.
from collections import OrderedDict, defaultdict, Counter


def handle(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": 1},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)

match {1: "one", -2: "minus two", 2.5: "float", None: "none", b"k": "bytes"}:
    case {1: a, -2: b, 2.5: c, None: d, b"k": e}:
        print(a, b, c, d, e)

# Subclasses and library mappings.
match OrderedDict(x=1, y=2):
    case {"x": x, **others}:
        print("OrderedDict", x, others)
dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("should not match")
    case {}:
        print("defaultdict untouched:", dict(dd))
match Counter("hello"):
    case {"l": n}:
        print("Counter l =", n)


class Spy(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


match Spy(a=1, b=2):
    case {"a": 1, "z": _}:
        print("no")
    case {"b": 2, "a": 1}:
        print("Spy matched")

# Keys may be looked up through attributes.


class K:
    NAME = "name"


match {"name": "gilt"}:
    case {K.NAME: value}:
        print("attribute key", value)
