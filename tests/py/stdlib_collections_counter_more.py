from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c.most_common(0), c["z"], c.total())
d = Counter(a=3, b=-1, c=0)
print(c + d, c - d, c | d, c & d, +d, -d)
c.subtract("aaa"); print(c)
c.subtract({"b": 5}); print(c)
c.update(["x", "x"]); c.update({"a": 10}); c.update(y=2); print(c)
print(sorted(Counter(a=2, b=1, c=0, d=-2).elements()))
print(Counter("hello") == Counter("olleh"), Counter(a=1) == Counter(a=1, b=0), Counter() == {})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=0), Counter(a=1) < Counter(a=1))
e = Counter({"x": 2, "y": 3})
del e["x"]; del e["nope"]; print(e, repr(Counter()))
print(Counter.fromkeys if False else "skip")
try:
    Counter.fromkeys("abc")
except NotImplementedError as ex:
    print("NotImplementedError", ex)
f = Counter("aab")
f += Counter("bcc"); print(f)
f -= Counter("a"); print(f)
f |= Counter(z=5); print(f)
f &= Counter(z=2, b=9); print(f)
print(Counter(x=1.5, y=0.5).most_common(), Counter([1, 1, 2]).copy(), dict(Counter("aa")))
g = Counter(a=5, b=5, c=5, d=1)
print(g.most_common(2), list(g), list(g.keys()), list(g.values()))
for bad in [lambda: Counter(1), lambda: Counter("ab") + {"a": 1}, lambda: Counter(a="x").total()]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
class MC(Counter):
    pass
print(type(MC("ab") + MC("b")).__name__, MC("aa"))
