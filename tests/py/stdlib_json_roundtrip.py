import json
vals = [0, -1, 2**64, -2**100, 1.5, -0.0, 1e-300, 123e45, 0.1 + 0.2, "", "a\u0000b", "tab\tq\"\\", "\u2028\u2029", "\x7f\x1f",
        [], {}, [[[]]], {"": {"": []}}, None, True, False, "😀é", 10**30 + 0.5]
for v in vals:
    s = json.dumps(v); u = json.dumps(v, ensure_ascii=False)
    print(s, u == s, json.loads(s) == v, json.loads(u) == v)
deep = []
cur = deep
for _ in range(50):
    nxt = []; cur.append(nxt); cur = nxt
print(json.dumps(deep)[:20], json.loads(json.dumps(deep)) == deep)
doc = {"users": [{"id": i, "name": f"user{i}", "tags": ["a"] * (i % 3), "score": i * 1.25, "active": i % 2 == 0} for i in range(4)]}
txt = json.dumps(doc, indent=2, sort_keys=True); print(txt); print(json.loads(txt) == doc)
print(json.dumps((1, 2)), json.dumps({"t": (3, [4])}), json.loads("[1, 2]") == [1, 2])
class MyDict(dict): pass
class MyList(list): pass
class MyStr(str): pass
class MyInt(int): pass
class MyFloat(float): pass
print(json.dumps(MyDict(a=MyList([MyInt(3), MyFloat(2.5), MyStr("s")]))), json.dumps([MyInt(7), True, MyFloat(1e20)]))
print(json.dumps({"a": 1, "b": 2}, indent=-1), json.dumps([1], indent=""), json.dumps({"x": [1, {"y": []}]}, indent=3, separators=(",", "=")))
print(json.loads('{"a":1}\n') , json.loads('\t[\r\n1\n]'), json.loads('"\\/\\b\\f\\r"'), json.loads("[1e400, -1e400]"), json.loads("123456789012345678901234567890"))
print(json.loads('1.0'), type(json.loads('1.0')).__name__, json.loads('1E+2'), json.loads('-12.5e-1'), json.loads('{"__proto__": 1}'))
