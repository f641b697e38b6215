from collections import OrderedDict, defaultdict, ChainMap
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b"); print(list(od))
od.move_to_end("d", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
a = OrderedDict([(1, 1), (2, 2)]); b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, list(reversed(a)), list(reversed(a.items())), list(reversed(a.values())))
od2 = OrderedDict(x=1); od2["y"] = 2; od2["x"] = 3; print(od2, repr(OrderedDict()))
print(od2 | {"z": 0}, {"q": 1} | od2, type(od2 | {}).__name__)
od2 |= {"w": 9}; print(od2)
print(od2.setdefault("x", 0), od2.setdefault("n", 5), od2.pop("n"), od2.pop("nope", "dflt"), od2)
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("k"), lambda: OrderedDict().pop("k")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
c = od2.copy(); c["extra"] = 1; print(od2, c)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd.default_factory, dd["zz"], "zz" in dd, dd.get("yy"), "yy" in dd)
dd2 = defaultdict(lambda: "n/a", {"x": 1})
print(dd2["x"], dd2["q"], sorted(dd2.items()))
dd3 = defaultdict(None, {"k": 1})
try:
    dd3["missing"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(int)), repr(defaultdict(None)), defaultdict(int, a=1) | {"b": 2}, type(defaultdict(int).copy()).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1; nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()})
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "c" in cm, cm.maps)
cm["d"] = 5; del cm["a"]; print(cm.maps, cm["a"])
child = cm.new_child({"e": 6}); print(child["e"], child.parents.maps == cm.maps, child.maps[0])
try:
    del cm["c"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"x": 1}, {"x": 2, "y": 3})), repr(ChainMap()), ChainMap({"a": 1}).new_child())
cm2 = ChainMap({}, {"k": 1}); print(cm2.pop("k", "none"), cm2.popitem() if cm2.maps[0] else "empty-first")
cm3 = ChainMap({"q": 1}); print(cm3.popitem(), cm3)
