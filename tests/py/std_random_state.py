# random: getstate/setstate, independent instances, subclasses, errors.
import random

r = random.Random(5)
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(4)]
r.setstate(st)
print(a == [r.random() for _ in range(4)])
g1 = r.gauss()
st = r.getstate()
print(st[2] is not None)
g2 = r.gauss()
r.setstate(st)
print(g2 == r.gauss())

x = random.Random(1)
y = random.Random(1)
print(x.random() == y.random(), x.random(), y.getrandbits(8))
x.seed(3)
y.seed(4)
print(x.random(), y.random())
random.seed(1)
s1 = random.getstate()
v = random.random()
random.setstate(s1)
print(v == random.random())
print(type(random.random).__name__, isinstance(random.Random(), random.Random))


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(10)
print([d.roll() for _ in range(12)])


class Fixed(random.Random):
    def __init__(self):
        super().__init__(77)
        self.count = 0

    def random(self):
        self.count += 1
        return super().random()


f = Fixed()
print(f.uniform(0, 1), f.count)

t = random.Random()
t.seed(None)
print(0.0 <= t.random() < 1.0)
u = random.Random()
print(0 <= u.randrange(10) < 10)


def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)


r = random.Random(0)
err(r.randrange, 0)
err(r.randrange, 5, 5)
err(r.randrange, 1, 10, 0)
err(r.randrange, 10, 1, 2)
err(r.randrange, 3, step=2)
err(r.randint, 5, 1)
err(r.choice, [])
err(r.choice, "")
err(r.sample, [1, 2], 3)
err(r.sample, [1, 2], -1)
err(r.sample, {1, 2}, 1)
err(r.sample, {1: 2}, 1)
err(r.sample, [1, 2], 1, counts=[1])
err(r.sample, [1, 2], 1, counts=[0, 0])
err(r.choices, [1, 2], [1])
err(r.choices, [1, 2], [0, 0])
err(r.choices, [1], [1], cum_weights=[1])
err(r.choices, [1, 2], 3)
err(r.choices, [1, 2], [1, float("inf")])
err(r.getrandbits, -1)
err(r.setstate, (9, 1, 2))
err(r.setstate, (3, (1, 2), None))
err(r.setstate, (3, [0] * 625, None))
err(r.seed, [1])
err(r.seed, {})
err(r.gammavariate, 0, 1)
err(r.gammavariate, 1, -1)
err(r.randrange, "a")
err(r.expovariate, 0)
