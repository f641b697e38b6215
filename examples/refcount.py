"""Reference counts: sys.getrefcount rises by one for every new reference
to an object and falls when one goes away.

CPython and Gilt free an object the moment its count reaches zero (and
run its __del__ then). `sys.getrefcount(x)` reports one more than you
might expect: the call's own argument is a reference too. Under threads,
these counts are plain memory guarded by the GIL: that is what the GIL
is for.

Run it:  gilt examples/refcount.py   (or python3: the numbers are the same)
"""
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


x = Tracked("x")
base = sys.getrefcount(x)
print("a fresh object bound to one name:", base, "(the name, plus the argument)")

y = x
print("after y = x:", sys.getrefcount(x), "(+1)")

items = [x, x]
print("after putting it in a list twice:", sys.getrefcount(x), "(+2)")

del items
print("after del items:", sys.getrefcount(x), "(-2)")

del y
print("after del y:", sys.getrefcount(x), "(back to %d)" % base)


def peek(obj):
    # Inside a call the parameter is one more reference.
    return sys.getrefcount(obj)


print("inside a call:", peek(x), "(+1 for the parameter)")

print("del x drops the last reference:")
del x
print("the object is gone before this line")
