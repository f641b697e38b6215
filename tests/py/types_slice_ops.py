for s in [slice(3), slice(1, 8), slice(1, 8, 3), slice(None, None, -2), slice(-3, None), slice(8, 1, -2), slice(-20, 20, 5)]:
    print(s, s.start, s.stop, s.step, s.indices(10), s.indices(3), list(range(10)[s]), "abcdefghij"[s], tuple(range(5))[s], bytes(range(6))[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 3) != slice(1, 2), slice(0, 1) < slice(0, 2), slice(0, 5) > slice(0, 1, 1), slice(1) <= slice(1))
print(slice(None), repr(slice(1, None, None)), slice("a", "b").start, slice([1], (2,)).stop)
a = list(range(8))
a[slice(1, 4)] = ["s"]
print(a, a[slice(None, None, 2)], a[slice(-2, None)])
for f in [lambda: slice(1, 2, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice(1.5).indices(3), lambda: hash(slice(1)), lambda: slice(1, 2) < 5]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
