# json.loads: every JSON value kind, hooks, and round trips.
import json

docs = ['null', 'true', 'false', '0', '-0', '42', '-17', '3.14', '-2.5e-3', '1E5', '1e+2',
        '12345678901234567890123', '0.1', '1.0', '"hello"', '""', '[]', '{}', ' [ 1 , 2 ] ',
        '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
        '"esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u4e2d\\ud83d\\ude00"',
        '"raw é 中"', 'NaN', 'Infinity', '-Infinity', '[1e400, -1e400]',
        '\n\t{"x"\n:\r1}  ', '{"a":1,"a":2}', '[[[[[]]]]]', '[0.5, 1e-10, 123.456e7]']
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'"ba"')))
print(json.loads('\xef\xbb\xbf[1]'.encode('latin-1')))

print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, 3]', parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False))


def hook(d):
    if "__point__" in d:
        return ("point", d["x"], d["y"])
    return d


print(json.loads('[{"__point__": true, "x": 1, "y": 2}, {"k": "v"}]', object_hook=hook))

data = {"users": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "tags": ["a"] * i}
                  for i in range(4)], "meta": {"count": 4, "ok": True, "none": None}}
for kw in [{}, {"indent": 2}, {"sort_keys": True}, {"separators": (",", ":")}, {"ensure_ascii": False}]:
    text = json.dumps(data, **kw)
    print(json.loads(text) == data, len(text))

dec = json.JSONDecoder()
print(dec.decode('[1, 2]'))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx [5]', 3))
for f in [0.1, 1 / 3, 1e22, 2.5e-308, 123456.789]:
    print(json.loads(json.dumps(f)) == f)
