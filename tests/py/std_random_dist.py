# random: the real-valued distributions consume the stream as CPython does.
import random

# Values from exp/log/sin/cos are rounded: Gilt's math module (libm) can
# differ from glibc in the last bit, which must not hide stream mismatches.


def rd(xs):
    return [round(x, 10) for x in xs]


r = random.Random(2023)
print([r.random() for _ in range(3)])
print([r.uniform(-3, 3) for _ in range(3)])
print([r.uniform(5, 1) for _ in range(2)])
print([r.triangular() for _ in range(3)])
print([r.triangular(0, 10, 2) for _ in range(3)])
print(r.triangular(3, 3))
print(rd([r.gauss() for _ in range(5)]))
print(rd([r.gauss(100, 15) for _ in range(3)]))
print(rd([r.normalvariate(0, 1) for _ in range(4)]))
print(rd([r.lognormvariate(0, 0.5) for _ in range(3)]))
print(rd([r.expovariate(1.5) for _ in range(3)]))
print(rd([r.vonmisesvariate(1.0, 4.0) for _ in range(3)]))
print(round(r.vonmisesvariate(0.5, 0.0), 10))
print(rd([r.gammavariate(0.5, 2.0) for _ in range(3)]))
print(rd([r.gammavariate(1.0, 2.0) for _ in range(3)]))
print(rd([r.gammavariate(9.0, 0.5) for _ in range(3)]))
print(rd([r.betavariate(2, 5) for _ in range(3)]))
print(rd([r.paretovariate(3) for _ in range(3)]))
print(rd([r.weibullvariate(1, 1.5) for _ in range(3)]))

# statistics over a long run are stable under the same seed
random.seed(7)
xs = [random.gauss(0, 1) for _ in range(2000)]
print(round(sum(xs) / len(xs), 9))
print(round(max(xs), 9), round(min(xs), 9))
