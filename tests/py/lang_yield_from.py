# yield from delegation: values, send, throw, return value
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i3"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("sent"))
print(g.throw(KeyError("thrown")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
print(list(from_iterables()))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
co = closing_outer()
next(co)
co.close()
def depth(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from depth(n - 1)
    return r + 1
d = depth(4)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)
def sender():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegate():
    result = yield from sender()
    yield "final %d" % result
dg = delegate()
next(dg)
for v in (1, 2, 3):
    dg.send(v)
print(dg.send(None))
def noiter():
    yield from 5
try:
    list(noiter())
except TypeError as e:
    print(type(e).__name__, e)
def throw_unhandled():
    yield from closing_inner()
t = throw_unhandled()
next(t)
try:
    t.throw(ValueError("boom"))
except ValueError as e:
    print("out", e)
