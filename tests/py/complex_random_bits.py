# Randomised cross-checks against CPython: abs() (hypot, as glibc rounds
# it), repr, hash, format and arithmetic of complex numbers built from
# random bit patterns. Each group prints a checksum of all its results.
import random
import struct

rng = random.Random(7)


def checksum(texts):
    acc = 0
    for t in texts:
        for ch in t:
            acc = (acc * 131 + ord(ch)) % 1000000007
    return acc


absvals = []
for i in range(4000):
    e1 = rng.randint(-1074, 1023)
    e2 = max(min(e1 + rng.randint(-60, 60), 1023), -1074)
    x = rng.random() * 2.0 ** e1 * rng.choice([-1, 1])
    y = rng.random() * 2.0 ** e2
    try:
        absvals.append(repr(abs(complex(x, y))))
    except OverflowError:
        absvals.append("overflow")
print("abs", len(absvals), checksum(absvals), absvals[:3])

reprs, hashes, fmts, ops = [], [], [], []
for i in range(1500):
    re, im = [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(2)]
    if re != re or im != im:
        continue
    z = complex(re, im)
    reprs.append(repr(z))
    reprs.append(repr(complex(repr(z))))
    hashes.append(str(hash(z)))
    fmts.append(format(z, ".5g") + format(z, ">30.3e") + format(z, "+.2f")[:40])
    ops.append(repr(z * (1.5 - 2j)) + repr(z / (3 + 0.25j)) + repr(z + 1) + repr(z - 2j))
for name, group in [("repr", reprs), ("hash", hashes), ("format", fmts), ("ops", ops)]:
    print(name, len(group), checksum(group), group[0][:60])
