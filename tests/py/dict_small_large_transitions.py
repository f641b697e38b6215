# Dicts switch between a scanned small form and a hashed form as they grow
# and shrink; lookups, order, deletion and re-insertion must not notice.
class Rng:
    def __init__(self, seed):
        self.s = seed

    def step(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s

    def random(self):
        return self.step() / 2147483648

    def randrange(self, n):
        return self.step() % n


rng = Rng(5)
d = {}
ref = []
for step in range(3000):
    op = rng.random()
    k = rng.randrange(40)
    key = k if k % 3 else "k%d" % k
    if op < 0.55:
        d[key] = step
        for i, (rk, _) in enumerate(ref):
            if rk == key:
                ref[i] = (key, step)
                break
        else:
            ref.append((key, step))
    elif op < 0.9:
        d.pop(key, None)
        ref = [(rk, rv) for rk, rv in ref if rk != key]
    else:
        if d:
            d.popitem()
            ref.pop()
    if list(d.items()) != ref:
        print("mismatch at", step)
        break
print(len(d), list(d.items())[:6])

# Grow past the threshold one key at a time, then shrink back.
g = {}
for i in range(20):
    g["n%d" % i] = i
    assert all(g["n%d" % j] == j for j in range(i + 1))
for i in range(0, 20, 3):
    del g["n%d" % i]
print(list(g), g.get("n1"), g.get("n3"), "n0" in g, "n19" in g)
for i in range(20):
    g.setdefault("n%d" % i, -i)
print(list(g.items())[-5:], len(g))
g.clear()
g[1] = "a"
g[1.0] = "b"
g[True] = "c"
print(g)

# Equal keys of different types, and keys with custom __eq__/__hash__.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v

h = {}
for i in range(12):
    h[K(i)] = i
print(h[K(7)], K(12) in h, len(h), list(h)[:3])
for i in range(0, 12, 2):
    del h[K(i)]
print(list(h.values()), h.get(K(3)))

# Instance dicts: attributes added and deleted across the threshold.
class O:
    pass

o = O()
for i in range(12):
    setattr(o, "a%d" % i, i)
for i in range(0, 12, 2):
    delattr(o, "a%d" % i)
print(sorted(vars(o).items()), o.a5, hasattr(o, "a4"))
o.a4 = "back"
print(list(vars(o))[-2:], o.a4)
try:
    for k in g:
        g["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
