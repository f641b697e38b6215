import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, median_grouped, mode, multimode, quantiles, StatisticsError)
from fractions import Fraction as F


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(StatisticsError.__mro__[1].__name__, issubclass(StatisticsError, ValueError))
datasets = [
    [1, 2, 3, 4, 4], [1, 2], [7], [True, True], [True, False], [-3, 10, 22, 5],
    [0.1, 0.2, 0.3], [0.1] * 10, [1e16, 1.0, -1e16], [2.5, 3.25, 5.5, 11.25, 11.75],
    [F(1, 2), F(1, 3), F(1, 6)], [F(3, 7), 2, F(-1, 9)], [1, F(1, 2), 2.5], [1, 2.0, 3],
    [1e300, 1e300, 1e300], [float('inf'), 1], [float('inf'), float('-inf')], [float('nan'), 1.0],
    [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [0.5, 0.25, 0.125, 1 / 3],
]
for d in datasets:
    print(d)
    for fn in [mean, fmean, median, median_low, median_high, median_grouped, mode, multimode]:
        show(lambda: fn(d))
print(mean(x * 0.1 for x in range(10)), mean(range(101)), mean(iter([F(1, 3), F(2, 3)])), mean((1, 2, 3, 4)))
print(type(mean([1, 2, 3])).__name__, type(mean([1, 2])).__name__, type(mean([F(1), 2])).__name__)
print(fmean([1, 2, 3], weights=[3, 2, 1]), fmean([0.1, 0.2], [1, 1]), fmean(iter([1, 2, 4])), fmean([F(1, 3), 1]))
for d in [[2, 8], [54, 24, 36], [1, 2, 4, 8], [4.0, 9.0], [F(1, 4), F(4)], [2.0] * 7, [0.5, 2]]:
    show(lambda: geometric_mean(d))
for d in [[1, 2, 4], [40, 60], [2.5, 3, 10], [F(1, 3), F(1, 2)], [F(1, 3), 2], [3], [2.5], [F(2, 7)],
          [1, 0, 5], [0, -1], [1, 2, 3, 4, 5, 6], [0.5, 0.25]]:
    show(lambda: harmonic_mean(d))
show(lambda: harmonic_mean([40, 60], weights=[5, 30]))
show(lambda: harmonic_mean([1, 2, 4], weights=[1, 2, 3]))
show(lambda: harmonic_mean([F(1, 2), F(1, 3)], [1, 2]))
show(lambda: harmonic_mean([1, 2], [F(1, 2), 1]))
show(lambda: harmonic_mean([2, 3], [0, 1]))
show(lambda: harmonic_mean([0, 3], [0, 1]))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([1, 2, 3, 3, 3, 4]), median_grouped([1, 3, 3, 5, 7], 0.5), median_grouped(['1', '2']), median_grouped([F(1)]))
print(median(['b', 'a', 'c']), median_low(['b', 'a', 'c', 'd']), median_high(['b', 'a', 'c', 'd']), median([F(1), 2]))
print(mode('aabbbc'), mode([1, 1, 2, 2]), mode([(1, 2), (1, 2), 3]), multimode('aabbbbccddddeeffffgg'), multimode('abc'), multimode([]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data), quantiles(data, n=4, method='inclusive'), quantiles([1, 2], n=1), quantiles([1, 2], n=3))
print(quantiles([1, 5, 2, 8, 3, 7], n=10), quantiles([1, 5, 2, 8, 3, 7], n=10, method='inclusive'))
print(quantiles([F(1, 2), F(3, 2), 4], n=5), quantiles([0.1, 0.7, 0.3], n=6), quantiles(range(100), n=3))
for bad in [lambda: mean([]), lambda: mean(['a']), lambda: mean([1, 'a', 2.0]), lambda: mean([1 + 1j]),
            lambda: fmean([]), lambda: fmean(['a']), lambda: fmean([1, 2], [1]), lambda: fmean([1, 2], [0, 0]),
            lambda: geometric_mean([]), lambda: geometric_mean([1, -1]), lambda: geometric_mean([0, 1]),
            lambda: harmonic_mean([]), lambda: harmonic_mean([1, -1]), lambda: harmonic_mean([-1]),
            lambda: harmonic_mean([1, 2], [1]), lambda: harmonic_mean([1, 2], [0, 0]), lambda: harmonic_mean([1, 2], [-1, 1]),
            lambda: harmonic_mean(['a']), lambda: harmonic_mean([-1, 0]), lambda: median([]), lambda: median_low([]),
            lambda: median_high([]), lambda: median_grouped([]), lambda: median_grouped(['a', 'b']),
            lambda: median_grouped([1, 2], interval='a'), lambda: median_grouped([1, 2], None), lambda: mode([]),
            lambda: mode([[1], [1]]), lambda: quantiles([1]), lambda: quantiles([1, 2], n=0),
            lambda: quantiles([1, 2], method='x'), lambda: median([1, 'a'])]:
    show(bad)
print(sorted(n for n in statistics.__all__ if n != 'NormalDist'))
