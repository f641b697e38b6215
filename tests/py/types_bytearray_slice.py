b = bytearray(range(10))
print(b[2:5], b[::3], b[::-1], b[-3:], b[5], b[-1])
b[2:5] = b"\xff"
print(b, len(b))
b[:0] = b"\x01\x02"
b[len(b):] = bytearray(b"\xaa")
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[::2]
print(b)
del b[-2:]
b[1:3] = []
b[0:1] = (200, 201)
print(b)
b[:] = range(5)
b.reverse()
print(b, b.pop(), b.pop(0), b, 3 in b, b"\x02" in b, b.index(2), b.count(1))
c = bytearray(b"abc")
c[1:2] = c
print(c)
c += b"abc"
print(c, c * 0, len(c * 3))
c *= 0
print(c)
for f in [lambda: b.__setitem__(slice(0, 4, 2), b"abc"), lambda: b.__setitem__(slice(0, 1), 5), lambda: b.__setitem__(slice(0, 1), [256]), lambda: b.__getitem__(10), lambda: b.__setitem__(0, -1)]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
