# json.dump/json.load over file-like objects (io.StringIO and a custom writer).
import io
import json

data = {"name": "test", "items": [1, 2.5, None, True, "é"], "nested": {"k": [{}, []]}}
f = io.StringIO()
json.dump(data, f)
print(f.getvalue())
f.seek(0)
print(json.load(f) == data)

f = io.StringIO()
json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
print(f.getvalue())
f.seek(0)
print(json.load(f, object_pairs_hook=list))


class Collector:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


c = Collector()
json.dump([1, {"a": [2, 3]}, "x"], c)
print(len(c.chunks) > 1, "".join(c.chunks))


class Reader:
    def read(self):
        return '{"from": "reader", "n": [1, 2, 3]}'


print(json.load(Reader()))
print(json.load(io.StringIO("[1.25, 2]"), parse_float=str))
records = [{"id": i, "ok": i % 2 == 0} for i in range(3)]
lines = io.StringIO()
for r in records:
    lines.write(json.dumps(r) + "\n")
lines.seek(0)
print([json.loads(line)["id"] for line in lines])
try:
    json.dump([float("nan")], io.StringIO(), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
