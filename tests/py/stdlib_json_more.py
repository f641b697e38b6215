import json
data = {"b": [1, 2.5, None, True, False], "a": {"x": "ü€", "y": []}, "c": "line\nbreak\t\"q\" \\ /", "d": {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ": "), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({"k": 1, "j": [1, 2]}, separators=(",", ":")), json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
print(json.dumps([1.0, 1e16, 1e-7, 123456789.125, -0.0, 3.14159, 1e300, 2**70]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}), json.dumps({"a": 1}, indent=4))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Pt(1, 2)], default=lambda o: {"x": o.x, "y": o.y}), json.dumps({1, 2} if False else [1], default=list))
for bad in [Pt(1, 2), {1, 2}, b"bytes", complex(1, 2) if False else object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])
print(json.loads('{"a": [1, 2.50, -3e2, true, false, null], "b": "\\u00fc\\ud83d\\ude00\\n"}'))
print(json.loads("  [ ]  "), json.loads('"s"'), json.loads("12"), json.loads("-0"), json.loads("-0.0"), json.loads("1E3"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1, "x": 2}'), json.loads(b'[1]'), json.loads(bytearray(b'{"k": "v"}')))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, "3.5"]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, 1]', parse_constant=lambda s: "C:" + s), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
