import heapq
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1), ("f", 3), ("g", 2)]
k = lambda r: r[1]
for n in range(0, 9):
    print(n, heapq.nsmallest(n, recs, key=k), heapq.nlargest(n, recs, key=k))
print(heapq.nsmallest(3, iter(recs), key=k), heapq.nlargest(3, iter(recs), key=k), heapq.nlargest(1, iter(recs), key=k), heapq.nsmallest(1, recs, key=k))
print(list(heapq.merge([("x", 1), ("y", 3)], [("z", 1), ("w", 2)], key=k)), list(heapq.merge([("x", 3), ("y", 1)], [("z", 3), ("w", 2)], key=k, reverse=True)))
class Obj:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"{self.v}{self.tag}"
objs = [Obj(2, "a"), Obj(1, "b"), Obj(2, "c"), Obj(1, "d")]
print(heapq.nsmallest(2, objs), heapq.nlargest(2, objs), list(heapq.merge(sorted(objs[:2]), sorted(objs[2:]))))
def gen_fail():
    yield 1
    raise ValueError("stop")
try:
    print(list(heapq.merge([0, 2], gen_fail())))
except ValueError as e:
    print("ValueError", e)
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([1, 1], [1], [1, 1])), list(heapq.merge([], [], [])), list(heapq.merge([3, 2, 1], reverse=True)))
m = heapq.merge([1, 4], [2, 3]); print(next(m), next(m), list(m))
h = [5, 3, 8]; heapq.heapify(h); print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 1), h)
try:
    heapq.nsmallest(2, [1, "a", 2])
except TypeError as e:
    print("TypeError", e)
print(heapq.nsmallest(2, [3, 1, 2], key=None), heapq.nlargest(5, {3: "x", 1: "y", 2: "z"}), heapq.nsmallest(2, "hello"))
