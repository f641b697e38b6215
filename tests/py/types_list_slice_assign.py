a = list(range(10))
a[2:5] = ["x", "y"]; print(a)
a[::3] = [0] * len(a[::3]); print(a)
a[1:1] = "ab"; print(a)
a[-2:] = []; print(a)
a[100:] = [99]; print(a)
a[:-100] = [-1]; print(a)
del a[1::2]; print(a)
a[::-1] = a[:]; print(a)
a[len(a):] = range(3); print(a)
b = [1, 2, 3]
b[1:2] = b; print(b)
b[:] = (); print(b, len(b))
c = [0] * 5
c[1:4] = iter([7, 8]); print(c)
del c[:]; print(c)
for f in [lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: a.__setitem__(slice(0, 1), 5), lambda: a.__setitem__(slice(None, None, 0), []), lambda: a.__delitem__(slice(None, None, 0))]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
