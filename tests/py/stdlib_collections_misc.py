from collections import OrderedDict, Counter, defaultdict, deque, namedtuple, ChainMap
od = OrderedDict(b=1, a=2)
print(od.keys(), od.values(), od.items(), list(reversed(od.keys())), "a" in od.keys(), od.keys() == {"a", "b"}, od.keys() & {"a"})
print(repr(od), str(od), OrderedDict([("x", OrderedDict(y=1))]), od == OrderedDict(b=1, a=2), od == OrderedDict(a=2, b=1))
od["c"] = 3; del od["b"]; od["b"] = 9; print(list(od), od.popitem(last=True), list(od))
print(OrderedDict.fromkeys("xyz", 0), OrderedDict(zip("ab", range(2))), OrderedDict(od), dict(od))
c = Counter(a=3, b=1)
print(c.most_common(1)[0], sorted(c.elements()), c + Counter(), c - Counter(a=5), Counter("aab") - Counter("abbb"))
print(Counter({"x": 0, "y": -1}) + Counter(), -Counter(a=-2, b=3), +Counter(a=-2, b=3))
c2 = Counter(); c2["k"] += 1; c2["k"] -= 3; print(c2, c2.total(), Counter(["a", "b", "a"]) == Counter({"a": 2, "b": 1}))
print(Counter("the quick brown the fox the".split()).most_common(2), sorted(Counter(range(5)) & Counter(range(3, 8))))
c3 = Counter(a=1); c3.update(Counter(a=2)); c3.update(a=-5); print(c3)
print(repr(Counter(b=2, a=2, c=3)), Counter(a=1) | Counter(a=-1), Counter(a=2) > Counter(a=1), Counter() < Counter(z=1))
dd = defaultdict(int, {"x": 1}); dd2 = dd.copy(); dd2["y"] += 1; print(dict(dd), dict(dd2), dd2.default_factory is int, isinstance(dd, dict))
dd3 = defaultdict(list); dd3["a"].append(1); print(dd3 == {"a": [1]}, dd3.get("zz"), dd3.setdefault("b", [2]), sorted(dd3), dd3.pop("b"))
print(defaultdict(set, a={1}) | defaultdict(set, b={2}), dict(defaultdict(str).fromkeys("ab")))
dd4 = defaultdict(int); dd4.default_factory = lambda: 42; print(dd4["q"]); dd4.default_factory = None
try:
    dd4["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(int).default_factory = 5 or None
    print("set ok")
except TypeError as e:
    print("TypeError", e)
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
print(p._fields, Pt._fields, p.__class__.__name__, Pt.__bases__, p + (3,), p * 2, p[::-1], Pt(*p), Pt(**p._asdict()))
print(Pt.x, Pt.y.__doc__, type(Pt._asdict(p)).__name__, p._replace(), Pt._make(iter([5, 6])), {p: 1}[Pt(1, 2)])
Big = namedtuple("Big", [f"f{i}" for i in range(20)]); b = Big(*range(20)); print(b.f19, len(b), repr(b)[:40])
cm = ChainMap({"a": 1}, {"a": 2, "b": 2})
print(cm.parents, cm.parents.parents, cm.new_child(b=5)["b"], len(cm.new_child()), list(cm.items()), bool(ChainMap({})))
print(cm == {"a": 1, "b": 2}, ChainMap({"x": 1}) | {"y": 2}, {"z": 0} | ChainMap({"x": 1}), type({} | ChainMap()).__name__, cm.copy().maps == cm.maps)
dq = deque("abc"); print(dq == deque("abc"), dq < deque("abd"), dq >= deque("ab"), dq == list("abc"), deque([1, 2]) < deque([1, 2, 0]))
print(deque([1]).__lt__([2]), deque([1]).__eq__([1]))
cm2 = ChainMap({"a": 1}, {"b": 2}); cm2 |= {"c": 3}; print(cm2, cm2 | ChainMap({"d": 4}))
try:
    cm2 | 5
except TypeError as e:
    print("TypeError", e)
