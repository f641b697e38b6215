import random
from statistics import (variance, pvariance, stdev, pstdev, covariance, correlation,
                        linear_regression, mean, StatisticsError)
from fractions import Fraction as F


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


datasets = [
    [1, 2, 4], [1, 2, 3, 4, 5], [2, 2], [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2], [True, False, True],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.1, 0.2, 0.3, 0.4], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [F(1, 2), F(1, 3), F(1, 4)], [F(1), 2, F(5, 2)], [1, F(1, 2), 2.5], [1.0, float('inf')],
    [1.0, float('nan')], [float('inf'), float('-inf')], [0.0, -0.0], [5],
]
for d in datasets:
    print(d)
    for fn in [variance, pvariance, stdev, pstdev]:
        show(lambda: fn(d))
show(lambda: variance([1, 2, 3], 2.5))
show(lambda: variance([1, 2, 3], 2))
show(lambda: variance([1.0, 2, 3], F(5, 2)))
show(lambda: variance([F(1), F(3)], F(1)))
show(lambda: pvariance([F(1, 2), F(1, 3)], mu=F(1, 2)))
show(lambda: pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.75))
show(lambda: stdev([1, 2, 3, 4, 5], 3.0))
show(lambda: stdev([1, 2], xbar=1))
show(lambda: pstdev([F(1), F(3)]))
show(lambda: pstdev([1, 2, 3], 2))
show(lambda: variance(iter([1, 2, 3])))
show(lambda: variance(x / 10 for x in range(10)))
print(type(variance([1, 2, 3])).__name__, type(variance([1, 2])).__name__, type(pvariance([F(1), F(2)])).__name__)
rng = random.Random(12345)
for k in range(12):
    d = [rng.uniform(-10, 10) * 10 ** rng.randint(-3, 3) for _ in range(rng.randint(2, 9))]
    m = mean(d)
    print(variance(d), pvariance(d), stdev(d), pstdev(d), variance(d, m), pstdev(d, m))
    q = [rng.randint(-50, 50) for _ in range(rng.randint(2, 9))]
    print(q, variance(q), pvariance(q), stdev(q), pstdev(q))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(z, x), covariance(z, y), covariance(x, x))
print(correlation(x, x), correlation(x, z), correlation(x, y), correlation([1, 2, 3], [1.5, 2.5, 2.0]))
print(linear_regression(x, y), linear_regression(x, z), linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
lr = linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, lr.slope, lr.intercept, type(lr).__name__, lr._fields, round(lr.slope * 2019 + lr.intercept))
slope, intercept = linear_regression([1, 2, 3], [3, 5, 8])
print(slope, intercept)
for k in range(10):
    n = rng.randint(2, 8)
    a = [rng.uniform(-5, 5) for _ in range(n)]
    b = [rng.uniform(-5, 5) * 3 + 1 for _ in range(n)]
    print(covariance(a, b), correlation(a, b), linear_regression(a, b), linear_regression(a, b, proportional=True))
print(covariance([F(1), F(2)], [F(3), F(5)]), covariance([1, 2, 3], [1.5, 2, 2.5]))
for bad in [lambda: variance([1]), lambda: variance([]), lambda: pvariance([]), lambda: stdev([1]),
            lambda: pstdev([]), lambda: variance(['a', 'b']), lambda: pvariance([1, 'a']),
            lambda: correlation([1, 2], [1]), lambda: correlation([1], [1]), lambda: correlation([1, 1], [1, 2]),
            lambda: correlation([1, 2], [3, 3]), lambda: covariance([1, 2], [1]), lambda: covariance([1], [1]),
            lambda: linear_regression([1, 2], [1]), lambda: linear_regression([1], [1]),
            lambda: linear_regression([1, 1], [1, 2]), lambda: linear_regression([0, 0], [1, 2], proportional=True),
            lambda: covariance(iter([1, 2]), [1, 2]), lambda: correlation(['a', 'b'], [1, 2])]:
    show(bad)
try:
    variance([3])
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
