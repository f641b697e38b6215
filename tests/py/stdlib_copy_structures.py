import copy
class Node:
    def __init__(self, val):
        self.val = val; self.children = []; self.parent = None
    def add(self, n):
        n.parent = self; self.children.append(n); return n
root = Node("root"); a = root.add(Node("a")); b = root.add(Node("b")); a.add(Node("a1"))
r2 = copy.deepcopy(root)
print(r2.val, [c.val for c in r2.children], r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0], r2 is not root)
r3 = copy.copy(root); print(r3.children is root.children, r3.val)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __deepcopy__(self, memo):
        print("deep Matrix, memo has self:", id(self) in memo)
        m = Matrix(copy.deepcopy(self.rows, memo)); memo[id(self)] = m; return m
m = Matrix([[1, 2], [3, 4]]); pair = [m, m]; p2 = copy.deepcopy(pair); print(p2[0] is p2[1], p2[0].rows, p2[0].rows is m.rows)
d = {"k": [1, {"n": (1, [2])}]}; d2 = copy.deepcopy(d); d["k"][1]["n"][1].append(3); print(d2, d)
t = ([1],); t2 = copy.deepcopy(t); print(t2 is t, t2[0] is t[0])
t3 = (1, "a", (2, 3)); print(copy.deepcopy(t3) is t3)
class Fn:
    def method(self): return 1
print(copy.deepcopy(Fn) is Fn, copy.copy(Fn.method) is Fn.method, copy.deepcopy(print) is print)
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(copy)
    except TypeError as e:
        print('TypeError', e)
    try:
        fn(x for x in [])
    except TypeError as e:
        print('TypeError', e)
b1 = bytearray(b"abc"); b2 = copy.deepcopy(b1); b1[0] = 0; print(b2)
s = {1, 2, (3, 4)}; print(copy.deepcopy(s) == s, copy.deepcopy(frozenset(s)) == frozenset(s))
class Reg:
    registry = []
    def __init__(self): Reg.registry.append(self)
r = Reg(); rc = copy.deepcopy(r); print(len(Reg.registry), type(rc).__name__)
class NoCopy:
    def __deepcopy__(self, memo): raise TypeError("nope")
    def __copy__(self): raise TypeError("nope shallow")
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoCopy())
    except TypeError as e:
        print("TypeError", e)
class Sl:
    __slots__ = ("x",)
s1 = Sl(); c1 = copy.copy(s1); print(hasattr(c1, "x"))
class Mixed:
    __slots__ = ("a", "__dict__")
mx = Mixed(); mx.a = [1]; mx.b = [2]; mc = copy.deepcopy(mx); print(mc.a, mc.b, mc.a is mx.a)
memo = {}; obj = [1]; copy.deepcopy(obj, memo); print(len(memo) >= 1, any(v == [1] for v in memo.values() if isinstance(v, list)))
