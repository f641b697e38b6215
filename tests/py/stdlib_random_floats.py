import random
random.seed(12345)
print([round(random.gauss(), 10) for _ in range(3)] if False else [round(random.gauss(0, 1), 10) for _ in range(3)])
print([round(random.normalvariate(100, 15), 10) for _ in range(3)], [round(random.lognormvariate(0, 0.5), 10) for _ in range(2)])
print([round(random.expovariate(0.5), 10) for _ in range(3)], [round(random.vonmisesvariate(0, 0), 10), round(random.vonmisesvariate(3.0, 1e-7), 10)])
print([round(random.gammavariate(a, 2.0), 10) for a in (0.3, 1.0, 1.5, 5.0)], [round(random.betavariate(a, b), 10) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([round(random.paretovariate(a), 10) for a in (1, 2.5)], [round(random.weibullvariate(2, k), 10) for k in (0.5, 1, 3)])
print([round(random.triangular(0, 1, m), 10) for m in (0, 0.5, 1)], [round(random.uniform(10, 10), 10)])
for bad in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.betavariate(0, 1), lambda: random.expovariate(0),
            lambda: random.weibullvariate(1, 0)]:
    try:
        print(round(bad(), 10))
    except Exception as e:
        print(type(e).__name__, e)
r = random.Random(8)
vals = [r.random() for _ in range(10000)]
print(min(vals) >= 0, max(vals) < 1, round(sum(vals) / len(vals), 6))
ints = [r.randint(1, 6) for _ in range(6000)]
print(sorted({x: ints.count(x) for x in set(ints)}.items()))
