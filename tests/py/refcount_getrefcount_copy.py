import sys
class C:
    pass
c = C()
refs = [c for _ in range(5)]
print(sys.getrefcount(c))
refs2 = refs[:]
print(sys.getrefcount(c))
del refs
print(sys.getrefcount(c))
refs2 = None
print(sys.getrefcount(c))
