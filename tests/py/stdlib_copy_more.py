import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(98)
print(s, d, s[1] is a[1], d[1] is a[1])
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc, repr(dc))
dd = {}; dd["self"] = dd; ddc = copy.deepcopy(dd); print(ddc["self"] is ddc)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
t = (1, 2, (3,)); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
fs = frozenset([1]); print(copy.copy(fs) is fs, copy.deepcopy("str") == "str", copy.copy(5), copy.deepcopy(None), copy.copy(len) is len)
class C:
    def __init__(self, v): self.v = v; self.lst = [v]
c1 = C(5); c2 = copy.copy(c1); c3 = copy.deepcopy(c1)
print(c2.v, c2.lst is c1.lst, c3.lst is c1.lst, type(c3).__name__)
class WithHooks:
    def __init__(self, n): self.n = n
    def __copy__(self):
        print("copy hook"); return WithHooks(self.n + 1)
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__); return WithHooks(self.n + 100)
print(copy.copy(WithHooks(1)).n, copy.deepcopy(WithHooks(1)).n, copy.deepcopy([WithHooks(2)])[0].n)
memo = {}; x = [1, 2]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, memo[id(x)] is y[0])
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s1 = Slots(); s2 = copy.deepcopy(s1); s3 = copy.copy(s1); print(s2.a, s2.a is s1.a, s3.a is s1.a, s2.b)
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x * 2,))
print(copy.copy(R(3)).x, copy.deepcopy(R(4)).x)
class St:
    def __getstate__(self): return {"only": 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
o = St(); o.junk = 5; oc = copy.copy(o); print(sorted(vars(oc).items()))
print(copy.copy([1, 2]) == [1, 2], copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b"ab")), type(copy.deepcopy(range(3))).__name__)
class Sub(list): pass
sl = Sub([1, [2]]); sl.tag = "t"; slc = copy.deepcopy(sl); print(type(slc).__name__, slc, slc.tag, slc[1] is sl[1])
print(copy.Error.__name__, issubclass(copy.Error, Exception))
import collections
od = collections.OrderedDict(a=[1]); odc = copy.deepcopy(od); print(odc, odc["a"] is od["a"])
dq = collections.deque([[1]], maxlen=3); dqc = copy.deepcopy(dq); print(dqc, dqc.maxlen, dqc[0] is dq[0])
cn = copy.copy(collections.Counter("aab")); print(cn, type(cn).__name__)
