# Random struct formats and JSON documents round-tripped; results must equal CPython's.
import random, struct, json, array
rng = random.Random(7)
codes = "bBhHiIlLqQfde?cxs"
for trial in range(40):
    order = rng.choice("@=<>!")
    parts = []
    for _ in range(rng.randrange(1, 6)):
        c = rng.choice(codes)
        n = rng.choice(["", "", "2", "3"])
        parts.append(n + c)
    fmt = order + "".join(parts)
    vals = []
    for p in parts:
        cnt = int(p[:-1]) if p[:-1] else 1
        c = p[-1]
        if c == "x":
            continue
        if c == "s":
            vals.append(bytes(rng.randrange(256) for _ in range(rng.randrange(cnt + 2))))
            continue
        for _ in range(cnt):
            if c in "bhilq":
                bits = struct.calcsize(order + c) * 8
                vals.append(rng.randrange(-2 ** (bits - 1), 2 ** (bits - 1)))
            elif c in "BHILQ":
                bits = struct.calcsize(order + c) * 8
                vals.append(rng.randrange(2 ** bits))
            elif c in "fde":
                vals.append(round(rng.uniform(-1000, 1000), 2))
            elif c == "?":
                vals.append(rng.random() < 0.5)
            else:
                vals.append(bytes([rng.randrange(256)]))
    try:
        packed = struct.pack(fmt, *vals)
        back = struct.unpack(fmt, packed)
        print(fmt, struct.calcsize(fmt), packed.hex()[:40], back[:3])
    except struct.error as e:
        print(fmt, "error", e)
def rand_json(depth):
    k = rng.randrange(7 if depth < 4 else 5)
    if k == 0: return rng.randrange(-10**6, 10**6)
    if k == 1: return round(rng.uniform(-1e6, 1e6), rng.randrange(6))
    if k == 2: return "".join(rng.choice("ab\"\\\n\té€😀 ") for _ in range(rng.randrange(6)))
    if k == 3: return rng.choice([None, True, False])
    if k == 4: return rng.randrange(2**70)
    if k == 5: return [rand_json(depth + 1) for _ in range(rng.randrange(4))]
    return {"k%d" % rng.randrange(9): rand_json(depth + 1) for _ in range(rng.randrange(4))}
for trial in range(25):
    doc = rand_json(0)
    s1 = json.dumps(doc); s2 = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=rng.choice([None, 0, 2]))
    print(s1[:70], json.loads(s1) == doc, json.loads(s2) == doc, len(s2))
tcs = "bBhHiIlLqQfd"
for trial in range(10):
    tc = rng.choice(tcs)
    a = array.array(tc)
    for _ in range(rng.randrange(1, 6)):
        if tc in "fd":
            a.append(round(rng.uniform(-100, 100), 3))
        else:
            bits = a.itemsize * 8
            lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if tc.islower() else (0, 2 ** bits - 1)
            a.append(rng.randint(lo, hi))
    b = array.array(tc); b.frombytes(a.tobytes()); c = array.array(tc, a); c.byteswap()
    print(tc, a.tolist()[:3], a == b, c.tobytes().hex()[:24], a[::-1] == array.array(tc, reversed(a)))
