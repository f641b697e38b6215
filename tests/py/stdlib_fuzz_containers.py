# Random operation sequences on deque / OrderedDict / Counter / heapq, mirrored on lists and dicts.
import random
from collections import deque, OrderedDict, Counter
import heapq, bisect
rng = random.Random(99)
for trial in range(4):
    maxlen = rng.choice([None, 3, 7])
    d = deque(maxlen=maxlen); ref = []
    log = []
    for step in range(300):
        op = rng.randrange(9)
        v = rng.randrange(100)
        if op == 0:
            d.append(v); ref.append(v)
            if maxlen is not None and len(ref) > maxlen: ref.pop(0)
        elif op == 1:
            d.appendleft(v); ref.insert(0, v)
            if maxlen is not None and len(ref) > maxlen: ref.pop()
        elif op == 2 and ref:
            assert d.pop() == ref.pop()
        elif op == 3 and ref:
            assert d.popleft() == ref.pop(0)
        elif op == 4:
            n = rng.randrange(-5, 6); d.rotate(n)
            if ref:
                n %= len(ref); ref[:] = ref[-n:] + ref[:-n] if n else ref
        elif op == 5 and ref:
            i = rng.randrange(-len(ref), len(ref)); d[i] = v; ref[i] = v
        elif op == 6 and ref:
            i = rng.randrange(-len(ref), len(ref)); del d[i]; del ref[i]
        elif op == 7 and (maxlen is None or len(ref) < maxlen):
            i = rng.randrange(-len(ref) - 2, len(ref) + 3); d.insert(i, v); ref.insert(i, v)
        elif op == 8:
            xs = [rng.randrange(100) for _ in range(rng.randrange(4))]
            d.extend(xs); ref.extend(xs)
            if maxlen is not None: del ref[:max(0, len(ref) - maxlen)]
        if list(d) != ref:
            log.append(step)
    print("deque", trial, maxlen, log[:3], list(d), sum(d), d.count(ref[0]) if ref else 0)
od = OrderedDict(); ref = []
for step in range(400):
    op = rng.randrange(5); k = rng.randrange(20)
    if op == 0:
        if k not in od: ref.append(k)
        od[k] = step
    elif op == 1 and k in od:
        del od[k]; ref.remove(k)
    elif op == 2 and k in od:
        last = rng.random() < 0.5; od.move_to_end(k, last=last); ref.remove(k)
        (ref.append if last else (lambda x: ref.insert(0, x)))(k)
    elif op == 3 and od:
        last = rng.random() < 0.5; kk, _ = od.popitem(last=last); assert kk == (ref.pop() if last else ref.pop(0))
    elif op == 4:
        od.setdefault(k, -1)
        if k not in ref: ref.append(k)
    assert list(od) == ref, step
print("odict", list(od.items())[:6], len(od))
c = Counter(); ref = {}
for step in range(400):
    k = rng.choice("abcdefg"); n = rng.randrange(-3, 4); op = rng.randrange(3)
    if op == 0:
        c[k] += n; ref[k] = ref.get(k, 0) + n
    elif op == 1:
        c.update({k: n}); ref[k] = ref.get(k, 0) + n
    else:
        c.subtract({k: n}); ref[k] = ref.get(k, 0) - n
print("counter", sorted(c.items()) == sorted(ref.items()), c.most_common(3), sorted((+c).items()), sorted((-c).items()), c.total())
h = []; ref = []
for step in range(500):
    op = rng.randrange(4); v = rng.randrange(1000)
    if op == 0:
        heapq.heappush(h, v); bisect.insort(ref, v)
    elif op == 1 and h:
        assert heapq.heappop(h) == ref.pop(0)
    elif op == 2 and h:
        r = heapq.heapreplace(h, v); assert r == ref.pop(0); bisect.insort(ref, v)
    elif op == 3:
        r = heapq.heappushpop(h, v); bisect.insort(ref, v); assert r == ref.pop(0)
print("heap", len(h), sorted(h) == ref, ref[:5], heapq.nsmallest(3, h), heapq.nlargest(3, h))
