s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice("a", [1], None)))
for sl in [slice(None), slice(2, None), slice(None, -2), slice(None, None, -1), slice(-100, 100), slice(5, 1, -1), slice(1, 10, 3), slice(-1, -10, -2), slice(100, None, -1)]:
    print(sl, sl.indices(8), sl.indices(0), list(range(8))[sl], "abcdefgh"[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(0, 1) <= slice(0, 1))
print(slice(2**70, None).indices(10), slice(-2**70, 2**70).indices(3))
class I:
    def __index__(self):
        return 2
print(slice(I(), None).indices(5), [0, 1, 2, 3][I():], "abcd"[:I()], (1, 2, 3)[slice(I())])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice("a").indices(5))
t(lambda: [1, 2][::0])
t(lambda: [1, 2]["a":])
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1).indices())
t(lambda: slice(1, 2).start.foo)
try:
    print(hash(slice(1, 2)))
except TypeError as e:
    print(type(e).__name__, e)
