import itertools as it
log = []
def src(n, tag):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i
c = it.chain(src(2, "a"), src(2, "b")); print(next(c), log); list(c); print(log); log.clear()
s = it.islice(src(10, "s"), 1, 6, 2); print(list(s), log); log.clear()
t = it.takewhile(lambda x: x < 2, src(5, "t")); print(list(t), log); log.clear()
d = it.dropwhile(lambda x: x < 2, src(4, "d")); print(next(d), log); log.clear()
a, b = it.tee(src(3, "e")); print(next(a), next(a), log, next(b), log); log.clear()
z = it.zip_longest(src(1, "x"), src(2, "y")); print(list(z), log); log.clear()
p = it.product(src(2, "p"), "ab"); print(log, next(p), log); log.clear()
g = it.groupby(src(4, "g"), key=lambda x: x // 2); k, grp = next(g); print(k, log, list(grp), log); log.clear()
acc = it.accumulate(src(3, "c")); print(next(acc), log); log.clear()
print(list(it.islice(it.count(), 0)), list(it.islice([], 5)), next(it.islice(it.count(100), 3, None)))
r = it.repeat("q", 2); print(r.__length_hint__() if hasattr(r, "__length_hint__") else 2, list(r), list(r))
cy = it.cycle(src(2, "y")); print([next(cy) for _ in range(5)], log); log.clear()
def gen():
    yield 1
    raise ValueError("boom")
for name, obj in [("chain", it.chain(gen())), ("islice", it.islice(gen(), 5)), ("tee", it.tee(gen())[0]), ("cycle", it.cycle(gen())),
                  ("accumulate", it.accumulate(gen())), ("zip_longest", it.zip_longest(gen(), [1, 2]))]:
    got = []
    try:
        for x in obj:
            got.append(x)
    except ValueError as e:
        print(name, got, "ValueError", e)
x = it.count(); print(next(x), next(x), iter(x) is x)
gb = it.groupby("aabbc"); k1, g1 = next(gb); k2, g2 = next(gb); print(list(g1), list(g2), k1, k2)
pm = it.permutations(range(4), 2); print(next(pm), next(pm), len(list(pm)))
print(list(it.combinations(src(3, "k"), 2)), log)
