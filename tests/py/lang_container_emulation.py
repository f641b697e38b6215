# emulating containers: __getitem__/__setitem__/__delitem__ with slices
class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            print("slice", k.start, k.stop, k.step, k.indices(len(self)))
            return Vec(*self.items[k])
        return self.items[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.items[k]
    def __repr__(self):
        return "Vec%r" % (tuple(self.items),)
v = Vec(1, 2, 3, 4, 5)
print(v[1], v[-1], v[1:3], v[::-2], v[:])
v[0] = "a"
v[1:3] = ["b"]
del v[-1]
del v[::2]
print(v, len(v))
try:
    v[10]
except IndexError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1).indices(5))
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), repr(slice("a", None)))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Grid:
    def __getitem__(self, pos):
        r, c = pos
        return r * 10 + c
g = Grid()
print(g[1, 2], g[3, 4])
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4, 5, 6]
lst[1:5:2] = ["x", "y"]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
lst[2:2] = [7, 8]
print(lst)
