groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
d = {"x": 1}
print(d.setdefault("x", 2), d.setdefault("y"), d, d.get("y", "dflt"), d.get("q"), d.pop("y"), d.pop("q", None), d)
print(dict.fromkeys("ab"), dict.fromkeys(range(3), "v"), dict.fromkeys([]), dict.fromkeys((1, 1, 2)), type(dict.fromkeys("a")).__name__)
class D(dict):
    pass
print(D.fromkeys("ab", 0))
c = {"k": [1]}
cp = c.copy()
cp["k"].append(2)
cp["new"] = 0
print(c, cp)
u = {"a": 1}
u.update({"b": 2})
u.update([("c", 3)], d=4)
u.update(e=5)
u.update(((("f", 6),)))
u.update({})
print(u)
for f in [lambda: u.pop("zz"), lambda: {}.popitem(), lambda: u.update([("a",)]), lambda: u.update(5), lambda: dict.fromkeys(), lambda: u.setdefault([], 1), lambda: u.get()]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
