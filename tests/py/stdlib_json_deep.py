import json
for s in ["[" * 100000, '{"a":' * 50000, "[" * 100000 + "]" * 100000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print("RecursionError", e)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
deep = []
cur = deep
for _ in range(100000):
    n = []; cur.append(n); cur = n
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
dd = {}
cur = dd
for _ in range(100000):
    cur["k"] = {}; cur = cur["k"]
for kw in [{}, {"sort_keys": True}]:
    try:
        json.dumps(dd, **kw)
    except RecursionError as e:
        print("RecursionError", e)
ok = json.loads("[" * 200 + "]" * 200)
depth = 0
while ok:
    ok = ok[0]; depth += 1
print(depth, len(json.dumps(json.loads("[" * 200 + "]" * 200))))
print(json.dumps({"a": [{"b": [{"c": []}]}]}), json.loads('{"a": [{"b": [{"c": [1]}]}]}')["a"][0]["b"][0]["c"])
print("survived")
