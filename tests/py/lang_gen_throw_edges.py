# generator throw/close corner cases: handled throw, unstarted throw, exc_info in finally, StopIteration inside with
def g():
    try:
        yield 1
    except ValueError:
        yield "handled"
    return "ret"
x = g()
next(x)
print(x.throw(ValueError))
try:
    next(x)
except StopIteration as e:
    print("ret", e.value)
def h():
    yield 1
y = h()
try:
    y.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", e)
print(list(y))
import sys
def tracer():
    try:
        yield
    finally:
        print("exc_info in finally", sys.exc_info()[0])
t = tracer(); next(t); t.close()
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        return isinstance(ev, StopIteration)
def gen_with_cm():
    with CM():
        yield 1
        raise StopIteration
try:
    print(list(gen_with_cm()))
except RuntimeError as e:
    print(type(e).__name__, e)
def fib_send():
    a, b = 0, 1
    while True:
        cmd = yield a
        if cmd == "reset":
            a, b = 0, 1
        else:
            a, b = b, a + b
f = fib_send()
print([next(f) for _ in range(5)], f.send("reset"), next(f), next(f))
