# assigning __class__, __bases__ inspection and class attributes vs instance
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
print(a.who())
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    count = 0
    def inc(self):
        self.count += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc()
print(c1.count, c2.count, Counter.count)
Counter.count = 10
print(c2.count, c1.count)
del c1.count
print(c1.count)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
print(s2.items)
class Meth:
    def m(self):
        return "method"
mm = Meth()
mm.m = lambda: "instance attr"
print(mm.m(), Meth().m(), Meth.m(mm))
print(type(Meth.m).__name__, type(Meth().m).__name__)
print(Meth().m == Meth().m, mm.__class__.__name__)
class WithCallAttr:
    pass
w = WithCallAttr()
w.__call__ = lambda: "called"
try:
    w()
except TypeError as e:
    print(type(e).__name__, e)
w.__len__ = lambda: 5
try:
    len(w)
except TypeError as e:
    print(type(e).__name__, e)
