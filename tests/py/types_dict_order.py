d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()))
d["b"] = 10
del d["a"]
d["a"] = 0
print(d, list(reversed(d)), next(iter(d)), next(reversed(d.items())))
e = dict.fromkeys(["z", "y", "x"], [])
e["z"].append(1)
print(e, e["y"] is e["x"])
f = {i: i * i for i in range(5)}
f.pop(2); f[2] = "back"; f.update({0: "first"})
print(f, f.popitem(), f)
g = {1: "a", 1.0: "b", True: "c"}
print(g, len(g), {0: 1, False: 2, 0.0: 3})
s = {"b": 1, "a": 2}
print(s == {"a": 2, "b": 1}, list(s) == list({"a": 2, "b": 1}), sorted(s.items()), dict(sorted(s.items())), dict(reversed(list(s.items()))))
