import heapq
import itertools
class Scheduler:
    def __init__(self):
        self.pq = []
        self.counter = itertools.count()
        self.entry = {}
    def add(self, task, priority=0):
        if task in self.entry:
            self.remove(task)
        e = [priority, next(self.counter), task]
        self.entry[task] = e
        heapq.heappush(self.pq, e)
    def remove(self, task):
        e = self.entry.pop(task)
        e[-1] = "<removed>"
    def pop(self):
        while self.pq:
            p, c, t = heapq.heappop(self.pq)
            if t != "<removed>":
                del self.entry[t]
                return t
        raise KeyError("pop from an empty priority queue")
s = Scheduler()
for t, p in [("write", 5), ("read", 1), ("sleep", 9), ("eat", 1), ("code", 3)]:
    s.add(t, p)
s.add("sleep", 0); s.remove("code")
out = []
while True:
    try:
        out.append(s.pop())
    except KeyError as e:
        print("KeyError", e)
        break
print(out)
def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
import random
random.seed(5)
data = [random.randint(-50, 50) for _ in range(40)]
print(heapsort(data) == sorted(data), heapsort("heapsort"), heapsort([(2, "b"), (1, "a"), (2, "a")]))
def kth_smallest(matrix, k):
    return list(heapq.merge(*matrix))[k - 1]
print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "f": [("e", 9)]}
print(dijkstra(g, "a"))
h = list(range(20, 0, -1)); heapq.heapify(h)
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print(heapq.nsmallest(4, data), heapq.nlargest(4, data), heapq.nsmallest(3, data, key=abs), heapq.nlargest(3, data, key=lambda v: (v % 7, v)))
running = []
med = []
for v in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(running, v)
    sm = heapq.nsmallest(len(running), running)
    med.append(sm[(len(sm) - 1) // 2])
print(med)
