# globals(), locals(), vars()
top = 1
print("top" in globals(), globals()["top"])
globals()["injected"] = 99
print(injected)
print(globals() is vars())

def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc)
print(f(1))

def g():
    x = 1
    def h():
        return x
    return sorted(locals()), h()
print(g())

class K:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)

class Obj:
    def __init__(self):
        self.a = 1
        self.b = 2
o = Obj()
print(vars(o))
vars(o)["c"] = 3
print(o.c)
print(sorted(k for k in vars(Obj) if not k.startswith("__")))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

import math
print(vars(math)["pi"] == math.pi)
print(__name__, globals()["__name__"])
if __name__ == "__main__":
    print("main guard ok")
