import random, heapq, functools, itertools, math
from collections import OrderedDict, Counter, deque
class LRU:
    def __init__(self, cap):
        self.cap, self.d, self.hits, self.misses = cap, OrderedDict(), 0, 0
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k); self.hits += 1; return True
        self.misses += 1; self.d[k] = True
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
        return False
class LFU:
    def __init__(self, cap):
        self.cap, self.freq, self.hits, self.misses, self.tick = cap, {}, 0, 0, itertools.count()
    def get(self, k):
        if k in self.freq:
            f, _ = self.freq[k]; self.freq[k] = (f + 1, next(self.tick)); self.hits += 1; return True
        self.misses += 1
        if len(self.freq) >= self.cap:
            victim = min(self.freq, key=self.freq.get); del self.freq[victim]
        self.freq[k] = (1, next(self.tick)); return False
class FIFO:
    def __init__(self, cap):
        self.cap, self.q, self.s, self.hits, self.misses = cap, deque(), set(), 0, 0
    def get(self, k):
        if k in self.s:
            self.hits += 1; return True
        self.misses += 1; self.q.append(k); self.s.add(k)
        if len(self.q) > self.cap:
            self.s.discard(self.q.popleft())
        return False
rng = random.Random(2024)
weights = [1 / (i + 1) ** 1.1 for i in range(50)]
trace = rng.choices(range(50), weights=weights, k=3000)
print(trace[:15], Counter(trace).most_common(3))
for cls in (LRU, LFU, FIFO):
    for cap in (5, 10, 20):
        c = cls(cap)
        for k in trace:
            c.get(k)
        print(cls.__name__, cap, c.hits, c.misses, round(c.hits / len(trace), 4))
calls = Counter()
@functools.lru_cache(maxsize=10)
def fetch(k):
    calls[k] += 1
    return k * k
for k in trace[:500]:
    fetch(k)
print(fetch.cache_info(), sum(calls.values()), calls.most_common(2))
arrivals = sorted(round(rng.expovariate(2.0), 6) for _ in range(8))
events = [(t, "arrive", i) for i, t in enumerate(itertools.accumulate(arrivals))]
heapq.heapify(events); served = []
clock = 0.0
while events:
    t, kind, i = heapq.heappop(events)
    clock = max(clock, t)
    if kind == "arrive":
        heapq.heappush(events, (round(clock + rng.uniform(0.1, 0.5), 6), "leave", i))
    else:
        served.append((i, round(t, 4)))
print(served, round(math.fsum(t for _, t in served), 6))
