# A match-based command interpreter for a tiny key-value store with
# transactions.

class Store:
    def __init__(self):
        self.data = {}
        self.tx = []

    def set(self, key, value):
        if self.tx:
            self.tx[-1].append((key, self.data.get(key, _MISSING)))
        self.data[key] = value

    def delete(self, key):
        if key not in self.data:
            raise KeyError(key)
        if self.tx:
            self.tx[-1].append((key, self.data[key]))
        del self.data[key]


_MISSING = object()


def parse_value(text):
    match text:
        case "true" | "false":
            return text == "true"
        case "null":
            return None
        case _ if text.lstrip("-").isdigit():
            return int(text)
        case _ if text.startswith('"') and text.endswith('"') and len(text) >= 2:
            return text[1:-1]
        case _:
            raise ValueError(f"bad value {text!r}")


def execute(store, line):
    match line.split():
        case []:
            return "(empty)"
        case ["set", key, value]:
            store.set(key, parse_value(value))
            return "OK"
        case ["get", key]:
            return repr(store.data.get(key, "(nil)"))
        case ["del" | "delete", *keys] if keys:
            for k in keys:
                store.delete(k)
            return f"deleted {len(keys)}"
        case ["incr", key, *rest]:
            match rest:
                case []:
                    step = 1
                case [n] if n.lstrip("-").isdigit():
                    step = int(n)
                case _:
                    raise ValueError("usage: incr KEY [N]")
            current = store.data.get(key, 0)
            if not isinstance(current, int) or isinstance(current, bool):
                raise TypeError(f"{key} is not an integer")
            store.set(key, current + step)
            return str(current + step)
        case ["keys"]:
            return " ".join(sorted(store.data)) or "(none)"
        case ["begin"]:
            store.tx.append([])
            return f"tx level {len(store.tx)}"
        case ["rollback"]:
            if not store.tx:
                raise RuntimeError("no transaction")
            for key, old in reversed(store.tx.pop()):
                if old is _MISSING:
                    store.data.pop(key, None)
                else:
                    store.data[key] = old
            return "rolled back"
        case ["commit"]:
            if not store.tx:
                raise RuntimeError("no transaction")
            changes = store.tx.pop()
            if store.tx:
                store.tx[-1].extend(changes)
            return f"committed {len(changes)}"
        case [("help" | "?") as cmd]:
            return f"{cmd}: set get del incr keys begin rollback commit"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"


def describe(value):
    match value:
        case bool():
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int():
            return "int"
        case str() as s if not s:
            return "empty string"
        case str():
            return "string"
        case None:
            return "null"
        case {"x": x, "y": y}:
            return f"point({x},{y})"
        case [first, *others]:
            return f"list starting {first!r} (+{len(others)})"
        case _:
            return "other"


store = Store()
script = [
    "set a 1", "set b \"hello\"", "get a", "get zz", "incr a", "incr a 10", "incr b",
    "begin", "set a 100", "set c true", "keys", "begin", "del b", "keys", "rollback",
    "keys", "commit", "get a", "rollback", "del nope", "set x 1.5", "incr a x",
    "frobnicate 1 2", "help", "?", "", "del", "begin", "set q null", "rollback", "keys",
]
for line in script:
    try:
        result = execute(store, line)
    except KeyError as e:
        result = f"KeyError: {e}"
    except (ValueError, TypeError, RuntimeError) as e:
        result = f"{type(e).__name__}: {e}"
    print(f"{line!r:>18} -> {result}")
print(store.data)
for v in [True, -3, 7, "", "s", None, {"x": 1, "y": 2}, [1, 2, 3], (4,), 2.5, {"x": 1}]:
    print(repr(v), "is", describe(v))
