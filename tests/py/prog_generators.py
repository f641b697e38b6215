# Generator techniques: send/throw/close, yield from with return values,
# coroutine-style averagers, infinite streams and generator expressions.


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager ignoring:", e)
            continue
        if value is None:
            return {"count": count, "average": avg}
        total += value
        count += 1
        avg = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results


print(report({"girls;kg": [40.9, 38.5, 44.3, 42.2], "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37]}))

avg = averager()
print(next(avg), avg.send(10), avg.send(20))
print(avg.throw(ValueError("bad sample")), avg.send(30))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)


def ticker(log):
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        log.append(f"ticker closed after {n}")


log = []
t = ticker(log)
print([next(t) for _ in range(3)])
t.close()
print(log, list(t))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def chunked(iterable, size):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(take(12, fib())), list(chunked(range(10), 4)))
print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(6)])
squares = (x * x for x in range(10))
print(sum(squares), sum(squares), 36 in (x * x for x in range(10)))


def delegator():
    r1 = yield from sub("a", 2)
    r2 = yield from sub("b", 3)
    return r1 + r2


def sub(tag, n):
    for i in range(n):
        got = yield f"{tag}{i}"
        if got:
            print(f"  {tag} received {got!r}")
    return n * 10


d = delegator()
print(next(d), d.send("x"), next(d), d.send("y"), next(d))
try:
    next(d)
except StopIteration as e:
    print("delegator returned", e.value)


def running_max():
    best = None
    while True:
        x = yield best
        best = x if best is None else max(best, x)


rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__ if hasattr(gen, "__name__") else "?", list(gen), list(gen))


def bad():
    yield 1
    raise KeyError("inside")


try:
    list(bad())
except KeyError as e:
    print("KeyError from generator:", e)


def early():
    yield 1
    return "done early"
    yield 2


print(list(early()), [x for x in early()])
g = early()
next(g)
try:
    g.throw(RuntimeError, "thrown in")
except RuntimeError as e:
    print("RuntimeError:", e)
