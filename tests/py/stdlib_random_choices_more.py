import random
for seed in [0, 1, 2023, "abc", b"xyz"]:
    r = random.Random(seed)
    print(repr(seed), r.choices("abcde", k=6), r.choices(range(5), weights=[5, 0, 0, 1, 1], k=6), r.choices([1, 2, 3], cum_weights=[0.5, 0.5, 3.0], k=5))
    print(r.sample(range(30), 6), r.sample("qwertyuiop", k=4), r.sample(["r", "g", "b"], counts=[3, 1, 2], k=5))
    lst = list("abcdefghij"); r.shuffle(lst); print("".join(lst), r.randrange(1000000), r.randrange(-500, 500, 25), r.randint(0, 1))
    print(r.choice(range(10**12)), r.getrandbits(33), r.getrandbits(200) % 1000007, r.random())
r = random.Random(17)
print([r.randrange(2**k) for k in range(1, 70, 7)])
print([r.randrange(3 ** k) for k in range(1, 40, 5)])
print([round(r.uniform(-1, 1), 12) for _ in range(3)], [round(r.triangular(), 12) for _ in range(2)], round(r.triangular(5, 5), 3))
print(r.choices([], k=0), r.sample([], 0), r.choices("a", k=3))
print(sorted(r.sample(range(10**6), 5)), r.sample(range(5), 5))
st = r.getstate(); a = [r.random() for _ in range(700)]; r.setstate(st); b = [r.random() for _ in range(700)]; print(a == b, round(sum(a), 9))
for bad in [lambda: r.choices("ab", weights=[0, 0]), lambda: r.choices("ab", weights=[-1, 1], k=2), lambda: r.sample({1, 2}, 1),
            lambda: r.sample([1, 2], counts=[1], k=1), lambda: r.sample([1], counts=[-1], k=1), lambda: r.choices("ab", k=-1),
            lambda: r.choices("ab", weights=[float("inf"), 1]), lambda: r.sample([1, 2], k=1, counts=[0, 0])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
