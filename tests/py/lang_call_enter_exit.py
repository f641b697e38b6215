# __call__ and context managers (suppression, exit args, multiple items)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
try:
    object()()
except TypeError as e:
    print(type(e).__name__, e)

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppression")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", type(e).__name__, e)
with CM("x") as x, CM("y") as y:
    print("both", x, y)
try:
    with CM("outer"), CM("inner", suppress=True):
        raise RuntimeError("inner-only")
    print("continues")
except RuntimeError:
    print("not reached")
def in_func():
    with CM("ret"):
        return "returned"
print(in_func())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
