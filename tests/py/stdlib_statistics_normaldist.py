import random
from statistics import NormalDist, StatisticsError


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


a, b = NormalDist(2, 3), NormalDist(1, 0.5)
print(NormalDist(), NormalDist(1), a, repr(b), NormalDist(mu=5, sigma=0))
print(a.mean, a.median, a.mode, a.stdev, a.variance, b.variance)
print(a + b, a - b, a * 2, 2 * a, a / 2, a + 1, 1 + a, 1 - a, a - 1, -a, +a, a * -1.5)
print(a == NormalDist(2, 3), a == NormalDist(2.0, 3.0), a != b, a == 1, hash(a) == hash(NormalDist(2.0, 3)))
print(len({a, NormalDist(2, 3), b}), 1 - NormalDist(1, 3), NormalDist(0.0) * -1)
for x in [-4, -1, 0, 0.5, 1, 2, 2.5, 3, 7]:
    print(x, a.pdf(x), a.cdf(x), a.zscore(x), b.pdf(x), b.cdf(x))
std = NormalDist()
print([std.cdf(z) for z in (-3, -2, -1, 0, 1, 2, 3)])
print([std.pdf(z) for z in (0, 1, 2)], std.pdf(0.5), std.cdf(0.25))
print(a.overlap(b), b.overlap(a), a.overlap(NormalDist(2, 3)), a.overlap(NormalDist(5, 3)),
      NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), std.overlap(NormalDist(1, 2)))
nd = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(nd, NormalDist.from_samples([1, 2, 4]), NormalDist.from_samples(iter([1.5, 2, 4.25])))
s1 = NormalDist(10, 2).samples(4, seed=42)
s2 = NormalDist(10, 2).samples(4, seed=42)
print(len(s1), s1 == s2, all(isinstance(v, float) for v in s1), NormalDist(1, 0).samples(2, seed=1))
print(len(std.samples(5)), std.samples(0))
print(type(NormalDist.mean).__name__, NormalDist.__slots__ is not None, sorted(NormalDist.__slots__))
for bad in [lambda: NormalDist(1, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
            lambda: a.overlap(1), lambda: NormalDist(1, 0).overlap(a), lambda: a.overlap(NormalDist(1, 0)),
            lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist.from_samples([1]),
            lambda: NormalDist.from_samples([]), lambda: a + 'x', lambda: a * b, lambda: NormalDist(1, 2) / 0,
            lambda: NormalDist('a', 1), lambda: NormalDist(1, 'b')]:
    show(bad)
try:
    NormalDist(0, -2)
except StatisticsError as e:
    print('StatisticsError', e)
