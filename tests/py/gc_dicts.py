# Cycles through dicts and sets; what stays reachable stays intact.
import gc

gc.disable()
gc.collect()

d = {}
d["me"] = d
print(d)
del d
print("self dict:", gc.collect())

a = {"name": "a"}
b = {"name": "b", "peer": a}
a["peer"] = b
del a, b
print("dict pair:", gc.collect())

# A dict cycle through a list value.
d = {"items": []}
d["items"].append(d)
print(d)
del d
print("dict/list:", gc.collect() > 0)

# Instances and their namespaces.
class Bag:
    pass


bag = Bag()
bag.__dict__["self"] = bag
del bag
print("instance namespace:", gc.collect() > 0)

# Keys can be part of the cycle too (a tuple key holding an object that
# refers back).
class K:
    def __hash__(self):
        return 1


k = K()
t = {(k, 1): "v"}
k.table = t
del k, t
print("through a key:", gc.collect() > 0)

# Surviving structures are unchanged.
live = {"x": [1, 2, 3]}
live["loop"] = live
gc.collect()
print(live["x"], live["loop"] is live, sorted(live))

# A frozenset inside a cycle.
class Holder:
    pass


h = Holder()
h.fs = frozenset([h])
del h
print("frozenset:", gc.collect() > 0)
print("clean:", gc.collect())
gc.enable()
