# Cycles through functions, closures and cells.
import gc

gc.disable()
gc.collect()


def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


f = make_recursive()
print(f(10))
del f
print("closure cycle:", gc.collect() > 0)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    inc.me = inc
    return inc


c = counter()
print(c(), c(), c.me is c)
del c
print("function dict cycle:", gc.collect() > 0)

# A closure that captures the list holding it.
def capture():
    box = []
    box.append(lambda: box)
    return box


b = capture()
print(b[0]() is b)
del b
print("lambda in list:", gc.collect() > 0)

# Default arguments referring back to the function's namespace.
ns = {}
exec_like = lambda d=ns: d
ns["f"] = exec_like
del ns, exec_like
print("default arg cycle:", gc.collect() > 0)

# Bound methods stored on their own instance.
class Widget:
    def ping(self):
        return "pong"


w = Widget()
w.cb = w.ping
print(w.cb())
del w
print("bound method cycle:", gc.collect() > 0)
print("clean:", gc.collect())
gc.enable()
