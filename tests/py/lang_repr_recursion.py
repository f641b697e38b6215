# recursive containers print with [...] and {...}
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append([n.children])
print(n)
m = {}
lst = [m]
m["l"] = lst
print(m, lst)
s = {"x": []}
s["x"].append(s["x"])
print(s)
from collections import OrderedDict, deque
od = OrderedDict()
od["me"] = od
print(od)
dq = deque()
dq.append(dq)
print(dq)
print(len(repr(a)), a == a)
class R:
    def __repr__(self):
        return repr(self.inner)
r = R()
r.inner = [r]
try:
    repr(r)
except RecursionError as e:
    print(type(e).__name__)
