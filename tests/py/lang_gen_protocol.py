# generator send/throw/close and return values
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
try:
    g.send(1)
except StopIteration as e:
    print("stopped", e.value)
g = echo()
next(g)
g.send(1)
try:
    g.send(None)
except StopIteration as e:
    print("return value", e.value)
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "caught " + str(e)
c = catcher()
next(c)
print(c.throw(ValueError("v1")), next(c), c.throw(ValueError, "v2"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(c))
def ignore_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ic = ignore_close()
next(ic)
try:
    ic.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def states():
    yield

s = states()
print(s.gi_running)
next(s)
try:
    next(s)
except StopIteration:
    pass
print(s.gi_running)
def ret_only():
    return 5
    yield
try:
    next(ret_only())
except StopIteration as e:
    print(e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(type(fresh()).__name__, fresh().__name__, iter(f) is f)
