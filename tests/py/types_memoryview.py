m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.readonly, m.tobytes(), m.tolist()[:3], bytes(m[1:3]), m[::2].tobytes(), m.nbytes, m.itemsize, m.ndim, m.format)
print(m == b"abcdef", m[1:4] == b"bcd", m.obj, m.shape, m.strides, m.contiguous, m.c_contiguous, m.hex(), m[2:].hex(":"))
ba = bytearray(b"hello")
mv = memoryview(ba)
print(mv.readonly)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.tobytes(), bytes(mv), list(mv), mv.tolist(), mv[4], mv.cast("B").tolist()[:2])
with memoryview(b"xyz") as ctx:
    print(ctx.tobytes(), ctx[1])
try:
    ctx[0]
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(b"12")
m2.release()
m2.release()
try:
    len(m2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    m2.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: memoryview(b"ab").__setitem__(0, 1))
t(lambda: memoryview("str"))
t(lambda: memoryview(5))
t(lambda: memoryview(b"ab")[5])
t(lambda: memoryview(bytearray(b"ab")).__setitem__(0, 300))
t(lambda: memoryview(bytearray(b"ab")).__setitem__(slice(0, 2), b"xyz"))
t(lambda: memoryview(b"ab").__delitem__(0))
t(lambda: bytes(memoryview(b"ab")[::-1]))
t(lambda: memoryview(bytearray(b"abc"))[1:].tobytes())
t(lambda: b"-".join([memoryview(b"x"), b"y"]))
t(lambda: memoryview(b"ab") == memoryview(b"ab"))
t(lambda: hash(memoryview(b"ab")) == hash(b"ab"))
t(lambda: memoryview(b"ab").release() is None)
t(lambda: type(memoryview(b"")).__name__)
t(lambda: list(memoryview(b"hi")))
