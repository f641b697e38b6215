import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
print(base)
lst = [o]
print(sys.getrefcount(o) - base)
lst.append(o)
print(sys.getrefcount(o) - base)
d = {'k': o}
print(sys.getrefcount(o) - base)
t = (o, o, o)
print(sys.getrefcount(o) - base)
del t
print(sys.getrefcount(o) - base)
lst.clear()
d.clear()
print(sys.getrefcount(o) - base)
