import random
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed(1)
print(f.random(), f.uniform(0, 10), f.choice("abcde"), f.randrange(10), f.randint(1, 6), f.sample(range(10), 3), round(f.gauss(0, 1), 10))
lst = list(range(6)); f.shuffle(lst); print(lst, f.choices("xyz", k=3), round(f.expovariate(1), 10), round(f.triangular(0, 4), 10))
class Bits(random.Random):
    def __init__(self, seed):
        self.n = seed
        super().__init__(seed)
    def getrandbits(self, k):
        self.n = (self.n * 1103515245 + 12345) % 2**31
        return self.n >> max(0, 31 - k) if k <= 31 else self.n
b = Bits(7)
print([b.randrange(100) for _ in range(5)], b.choice(range(50)), b.randint(0, 3))
class Counted(random.Random):
    calls = 0
    def random(self):
        Counted.calls += 1
        return super().random()
c = Counted(3); print(round(c.random(), 12), c.randrange(1000), Counted.calls, round(c.uniform(1, 2), 12), Counted.calls)
r = random.Random(); r.seed(42); s = random.Random(42)
print(r.random() == s.random(), r.getstate() == s.getstate())
print(random.Random(42).getrandbits(64), random.Random(2**100).getrandbits(64), random.Random(-(2**100)).getrandbits(64))
print(random.Random(42).randbytes(5).hex(), random.Random(0).randbytes(0), len(random.Random(1).randbytes(9)))
st = random.Random(5).getstate()
try:
    random.Random().setstate(st[:2])
except Exception as e:
    print(type(e).__name__, e)
try:
    random.Random().setstate((3, tuple(range(10)), None))
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(random.SystemRandom if hasattr(random, "SystemRandom") else random.Random, type), random.Random.__name__, [n for n in ("seed", "random", "getstate", "setstate", "getrandbits") if hasattr(random.Random, n)])
