# Self-referencing lists and list rings.
import gc

gc.disable()
gc.collect()

l = []
l.append(l)
print(l, len(l), l[0] is l)
del l
print("self list:", gc.collect())

l = [1, 2]
l.append(l)
l.append([l])
print(l)
del l
print("nested:", gc.collect())

# A ring of 1000 lists.
ring = [[] for _ in range(1000)]
for i, x in enumerate(ring):
    x.append(ring[(i + 1) % 1000])
del ring, x
print("ring:", gc.collect())

# A tuple in the cycle (a tuple cannot be changed, but its list can).
inner = []
t = (inner, 1, "s")
inner.append(t)
del inner, t
print("through a tuple:", gc.collect() > 0)

# Many small cycles.
for i in range(300):
    a = [i]
    a.append(a)
del a
print("300 cycles:", gc.collect())

# Iterators keep their list alive, and can be in the cycle.
l = [1, 2, 3]
it = iter(l)
l.append(it)
print(next(it), next(it))
del l, it
print("iterator cycle:", gc.collect() > 0)
print("clean:", gc.collect())
gc.enable()
