# Reference cycles through instances: reference counting alone cannot free
# them; gc.collect() finds them.
import gc

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("pair collected:", gc.collect() > 0)
print("nothing left:", gc.collect())

# A self-reference.
s = Node("self")
s.other = s
del s
print("self-cycle:", gc.collect() > 0)

# A long chain closed into a ring.
first = Node(0)
n = first
for i in range(1, 500):
    m = Node(i)
    n.other = m
    n = m
n.other = first
del first, n, m
found = gc.collect()
print("ring of 500:", found >= 500)

# Reachable cycles survive a collection untouched.
keep = Node("keep")
keep.other = Node("partner")
keep.other.other = keep
gc.collect()
print(keep.other.other is keep, keep.other.name)

# A cycle hanging off a live object is reachable too.
holder = [Node("x")]
holder[0].other = holder[0]
gc.collect()
print(holder[0].other.name)
del holder
print("collected once unreachable:", gc.collect() > 0)

# Instances of subclasses of built-in types.
class L(list):
    pass


x = L([1, 2])
x.append(x)
del x
print("list subclass:", gc.collect() > 0)
gc.enable()
