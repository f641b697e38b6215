# library hooks driven by dunders: JSONEncoder.default, StringIO subclass, heapq with __lt__, copy with __copy__
import io, json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print(type(e).__name__, e)
class Buf(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
b = Buf()
print("hello", file=b)
print(repr(b.getvalue()))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
import heapq, bisect
print(list(Seq()), sorted(Seq(), reverse=True), sum(Seq()), bisect.bisect([1, 3, 5], 4))
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return self.n
h = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h) for _ in range(3)])
import copy
class Deep:
    def __init__(self): self.items = [[1], [2]]
    def __copy__(self):
        print("custom copy")
        new = Deep.__new__(Deep)
        new.items = self.items
        return new
d = Deep()
c = copy.copy(d)
print(c.items is d.items, copy.deepcopy(d).items is d.items, copy.deepcopy(d).items == d.items)
