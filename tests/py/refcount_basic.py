import sys
class Thing:
    pass
x = Thing()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
l = [1, 2]
print(sys.getrefcount(l))
