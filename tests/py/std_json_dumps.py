# json.dumps: CPython's exact text for every type and option.
import json

data = {"name": "Gilt", "version": 3, "pi": 3.141592653589793, "ok": True,
        "none": None, "list": [1, 2.5, "x", False, [], {}], "nested": {"a": {"b": [1, [2, [3]]]}},
        "tuple": (1, 2), "neg": -7, "big": 2**100, "small": 1e-7, "exp": 1.5e300}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent="--", separators=(";", "=")))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
for v in [0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1e15, 123456789.123, float("inf"), float("-inf"),
          float("nan"), 5e-324, 1.7976931348623157e308, True, False, None, "", "a\"b\\c"]:
    print(json.dumps(v), json.dumps([v]))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null", "s": "str"}))
print(json.dumps({False: 0, -3: 1, 1e20: 2}))
s = "tab\t nl\n cr\r bs\b ff\f nul\x00 us\x1f del\x7f é ü 中文 \u2028 \U0001F600 /"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps([float("nan"), float("inf")]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no")


print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(0, -1)}, default=enc, indent=1))


class Money:
    def __init__(self, units, cents):
        self.units, self.cents = units, cents


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return [o.units, o.cents / 100]
        return super().default(o)


print(json.dumps({"z": Money(1, 25)}, cls=Enc))
print(Enc(indent=2).encode([Money(0, 5)]))
try:
    Enc().encode([object()])
except TypeError as e:
    print(type(e).__name__, e)
print(json.JSONEncoder(sort_keys=True).encode({"b": [1], "a": "x"}))
print("".join(json.JSONEncoder().iterencode({"k": [1, 2]})))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyList([1]), MyDict(a=1), MyStr("s")]))
print(json.dumps(list(range(20)), indent=1)[:40])
