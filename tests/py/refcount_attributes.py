import sys
class Box:
    pass
item = [0]
base = sys.getrefcount(item)
b = Box()
b.content = item
print(sys.getrefcount(item) - base)
b2 = Box()
b2.content = item
print(sys.getrefcount(item) - base)
b.content = None
print(sys.getrefcount(item) - base)
del b2
print(sys.getrefcount(item) - base)
