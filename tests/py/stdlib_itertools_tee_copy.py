import itertools as it, copy
a, b = it.tee(range(5))
next(a)
c = copy.copy(a)
print(list(a), list(c), list(b))
x, = it.tee("abc", 1); y, z = it.tee(x); print(next(x), list(y), list(z))
g = it.groupby("aabbbc")
groups = list(g)
print([(k, list(v)) for k, v in groups])
g2 = it.groupby([1, 1, 2]); k, grp = next(g2); next(g2); print(k, list(grp))
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([], func=max)))
r = it.repeat(5, 3); print(list(r), list(r), len(list(it.repeat(None, 0))))
cnt = it.count(); print(next(copy.copy(cnt)), next(cnt), next(cnt))
z = it.zip_longest([1, 2], [3], fillvalue=0); print(list(z), list(z))
p = it.permutations("abc", 2); next(p); print(list(p))
cyc = it.cycle("ab"); next(cyc); print([next(cyc) for _ in range(3)])
ch = it.chain("ab", "cd"); next(ch); print(list(ch), list(ch))
print(list(it.islice(it.count(), 5, 10, 2)), list(it.compress("abc", [True])), list(it.starmap(lambda *a: a, ["xy", "z"])))
t1, t2, t3 = it.tee(iter([1, 2, 3]), 3)
print(type(t1).__name__, type(t1) is type(t2), iter(t1) is t1, next(t1), list(copy.copy(t1)), list(t2), list(t1), list(t3))
u, _ = it.tee([]); print(list(u), it.tee("x", 0))
def noisy():
    for i in range(3):
        print("produce", i)
        yield i
m1, m2 = it.tee(noisy()); print(next(m1), next(m1), next(m2), next(m2), next(m2), list(m1))
class Copyable:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __copy__(self):
        print("custom copy"); c = Copyable(); c.i = self.i; return c
c1, c2 = it.tee(Copyable()); print(type(c1).__name__, list(c1), list(c2))
def boom():
    yield 1
    raise KeyError("k")
b1, b2 = it.tee(boom()); print(next(b1), next(b2))
try:
    next(b1)
except KeyError as e:
    print("KeyError", e)
print(next(b2, "exhausted?") if False else "skip")
