# __del__ in cycles (PEP 442): finalisers run once, in some order (sorted
# here), before the cycle is broken; an object a finaliser resurrects is not
# freed, and its __del__ never runs again.
import gc

gc.disable()
gc.collect()
log = []


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


a = Fin("a")
b = Fin("b")
a.peer = b
b.peer = a
del a, b
print("found:", gc.collect() > 0)
print(sorted(log))

# The peer is still there while the finalisers run.
seen = []


class Peek:
    def __del__(self):
        seen.append(self.peer.tag)


p = Peek()
q = Peek()
p.tag, q.tag = "p", "q"
p.peer, q.peer = q, p
del p, q
gc.collect()
print(sorted(seen))

# Resurrection.
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix")
        saved.append(self)


log.clear()
x = Phoenix()
x.me = x
del x
gc.collect()
print(log, len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print("once only:", log)

# A ring of finalisable objects: every one runs exactly once.
log.clear()
ring = [Fin(i) for i in range(50)]
for i, f in enumerate(ring):
    f.next = ring[(i + 1) % 50]
del ring, f
gc.collect()
print(len(log), sorted(log) == list(range(50)))

gc.enable()
