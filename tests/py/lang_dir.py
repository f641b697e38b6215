# dir() sorted output on modules, classes, instances and __dir__
class A:
    x = 1
    def meth(self):
        pass
class B(A):
    y = 2
    def __init__(self):
        self.z = 3
b = B()
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "__class__" in dir(b))
class D:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]
print(dir(D()))
class E:
    def __dir__(self):
        return ("b", "a")
print(dir(E()))
def local_dir():
    q = 1
    p = 2
    return dir()
print(local_dir())
import math
print([n for n in dir(math) if n.startswith("s")])
d = dir()
print(d == sorted(d), "A" in d)
print(dir([]) == sorted(dir([])), "append" in dir([]))
class F:
    def __dir__(self):
        return 5
try:
    dir(F())
except TypeError as e:
    print(type(e).__name__, e)
