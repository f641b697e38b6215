d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("a", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 9), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); d.update(w=40); print(d)
c = d.copy(); c["new"] = 1; print(d, c)
print(list(d.keys()), list(d.values()), list(d.items()), list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2=3), dict(zip("ab", range(2))), dict())
del d["x"]; print(d)
d.clear(); print(d, bool(d))
m = {1: "a"} | {2: "b", 1: "c"}
print(m)
m |= {3: "d"}
m |= [(4, "e")]
print(m, {1: 1} == {1: 1.0}, {1: 2} != {1: 3}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}[(1, 2)], {None: 0}[None], {"a": [1]}.get("a"))
class D(dict):
    pass
x = D(a=1)
print(x == D(a=1), x == {"a": 1}, {"a": 1} == x, x != D(a=2), type(x | {}).__name__, type(x.copy()).__name__, repr(x), x | {"b": 2})
class Miss(dict):
    def __missing__(self, k):
        return k * 2
mm = Miss(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm)
it = iter(d := {"p": 1, "q": 2})
print(next(it), next(it), d.__len__(), d.__contains__("p"), d.__getitem__("q"), sorted(d), {k: v * 2 for k, v in d.items()})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {}["missing"])
t(lambda: {}[(1,)])
t(lambda: {}.pop("x"))
t(lambda: {}.popitem())
t(lambda: {[]: 1})
t(lambda: {}.get([]))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: {} | [])
t(lambda: {} < {})
t(lambda: dict(1))
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.fromkeys(1))
t(lambda: hash({}))
t(lambda: {}.setdefault())
t(lambda: dict({}, {}))
