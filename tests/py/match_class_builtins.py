# Built-in classes that match the subject itself with one positional
# sub-pattern: bool bytearray bytes dict float frozenset int list set str tuple.


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {bytes(b)!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"2-tuple {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "other"


for v in [True, 0, 7, 2.5, "", b"", "hi", b"hi", bytearray(b"ba"), [1, 2], [],
          (1, 2), (1, 2, 3), {"k": 1}, {"j": 2}, frozenset({3, 1}), {2, 1}, None]:
    print(repr(v), "->", kind(v))


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyInt(5):
    case int(n):
        print("int subclass matches itself:", n, type(n).__name__)
match MyStr("abc"):
    case MyStr(u):
        print("own __match_args__ wins:", u)
match 3:
    case int(real=r, imag=i):
        print("keyword attrs on int:", r, i)
match 3.0:
    case int():
        print("float is not int")
    case float(3):
        print("float(3) matches 3.0")
