import random
a = random.Random(123)
b = random.Random(123)
print(a.random() == b.random(), a.randint(0, 10**6), b.randint(0, 10**6))
c = random.Random("seed-string")
print(c.random(), c.choice("xyz"), c.sample(range(50), 5))
d = random.Random(b"\x00\xff")
print(d.random())
e = random.Random()
e.seed(7)
print(e.random())
st = a.getstate()
x1 = [a.random() for _ in range(3)]
a.setstate(st)
x2 = [a.random() for _ in range(3)]
print(x1 == x2, x1)
print(type(st).__name__, len(st), st[0], len(st[1]))
random.seed(99)
g = random.getstate()
v1 = random.randrange(1000)
random.setstate(g)
print(v1 == random.randrange(1000))
class MyRandom(random.Random):
    pass
m = MyRandom(5)
print(m.random(), isinstance(m, random.Random))
r = random.Random(3.5)
print(r.random())
r2 = random.Random(-17)
print(r2.random(), random.Random(17).random())
# gauss caching: second call uses cached value
r3 = random.Random(11)
print(round(r3.gauss(0, 1), 10), round(r3.gauss(0, 1), 10), round(r3.gauss(0, 1), 10))
st = r3.getstate()
r3.seed(11)
print(round(r3.gauss(0, 1), 10))
for bad in [lambda: random.Random(1).setstate((9, (), None)), lambda: random.choice([]), lambda: random.randrange(0),
            lambda: random.randrange(5, 1), lambda: random.randrange(1, 10, 0), lambda: random.randint(5, 1),
            lambda: random.sample(range(3), 5), lambda: random.sample([1, 2], -1), lambda: random.getrandbits(-1),
            lambda: random.choices("ab", weights=[1], k=2), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
            lambda: random.seed([1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
