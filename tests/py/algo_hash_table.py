class HashMap:
    def __init__(self, cap=8):
        self.buckets = [[] for _ in range(cap)]
        self.size = 0
    def _idx(self, key):
        h = 0
        for ch in str(key):
            h = (h * 31 + ord(ch)) % 1000000007
        return h % len(self.buckets)
    def put(self, k, v):
        b = self.buckets[self._idx(k)]
        for i, (kk, _) in enumerate(b):
            if kk == k:
                b[i] = (k, v)
                return
        b.append((k, v))
        self.size += 1
        if self.size > 2 * len(self.buckets):
            self._grow()
    def get(self, k, default=None):
        for kk, v in self.buckets[self._idx(k)]:
            if kk == k:
                return v
        return default
    def _grow(self):
        old = [p for b in self.buckets for p in b]
        self.buckets = [[] for _ in range(len(self.buckets) * 2)]
        self.size = 0
        for k, v in old:
            self.put(k, v)
    def __len__(self):
        return self.size
m = HashMap()
for i in range(100):
    m.put('key' + str(i), i * i)
m.put('key5', 'replaced')
print(len(m), len(m.buckets), m.get('key5'), m.get('key99'), m.get('nope', 'missing'))
print(max(len(b) for b in m.buckets), sum(len(b) for b in m.buckets))
