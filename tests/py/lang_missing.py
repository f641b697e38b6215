# __missing__ on dict subclasses
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"), len(d))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(sorted(c.items()))
class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + str(key))
try:
    Raising()["x"]
except KeyError as e:
    print(type(e).__name__, e)
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print(type(e).__name__, e)
print("{a} {b}".format_map(Default(a="A")))
class Auto(dict):
    def __missing__(self, k):
        v = self[k] = Auto()
        return v
tree = Auto()
tree["x"]["y"]["z"] = 1
print(tree)
from collections import defaultdict
dd = defaultdict(list)
dd["k"].append(1)
print(dict(dd), dd.default_factory.__name__)
