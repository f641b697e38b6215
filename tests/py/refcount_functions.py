import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
def hold(x):
    return sys.getrefcount(x) - base
print(hold(o) > 0)
def keep(x, store):
    store.append(x)
store = []
keep(o, store)
print(sys.getrefcount(o) - base)
store.pop()
print(sys.getrefcount(o) - base)
def make():
    return Obj()
m = make()
print(sys.getrefcount(m))
