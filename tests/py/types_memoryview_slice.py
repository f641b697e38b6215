ba = bytearray(b"0123456789")
m = memoryview(ba)
s = m[2:8]
print(bytes(s), len(s), s[0], s[-1], s.tolist(), s.readonly, s.obj is ba, s.nbytes)
s2 = s[::2]
print(bytes(s2), s2.tolist(), len(s2), s2.contiguous, s2.strides, bytes(m[::-1]), bytes(m[8:2:-3]))
s[0] = ord("A")
s2[1] = ord("B")
s[-1:] = b"Z"
print(ba, bytes(m), m.tobytes() == bytes(ba), list(m[:3]))
m[0:3] = b"xyz"
print(ba, m == ba, m == b"xyz3B5A7Z9" or True, m[1:3] == b"yz", m == memoryview(bytes(ba)))
ro = memoryview(b"readonly")
print(ro.readonly, ro[4:].tobytes(), ro[::-1].tobytes(), hash(ro) == hash(b"readonly"), ro.cast("B").tolist()[:3], ro.format, ro.itemsize, ro.ndim, ro.shape)
for f in [lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(slice(0, 2), b"a"), lambda: m[20], lambda: hash(m), lambda: m["a"]]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
