# random: CPython's exact Mersenne Twister sequences for many kinds of seed.
import random

random.seed(42)
print(random.random())
print([random.random() for _ in range(5)])

for s in [0, 1, 2, 7, 42, 123456789, 2**32, 2**32 - 1, 2**64 + 5, 10**40, -1, -42, True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(32))

for s in ["", "hello", "héllo wörld", b"", b"bytes seed", bytearray(b"ba"), "x" * 200]:
    random.seed(s)
    print(repr(s)[:30], random.random())

for s in [0.0, 1.5, -2.25, 1e300, 3.0]:
    random.seed(s)
    print(s, random.random())

# version 1 string seeding
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())

# a long run crosses several state regenerations (624 words each)
random.seed(2024)
acc = 0
for i in range(3000):
    acc ^= random.getrandbits(32)
print(acc)
print(random.random())
