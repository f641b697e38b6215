data = bytearray(b"context")
with memoryview(data) as m:
    print(m.tobytes(), len(m), m[0])
    m[0] = ord("C")
print(data)
for op in [lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: m.tolist(), lambda: bytes(m), lambda: m.readonly, lambda: m.hex()]:
    try:
        print(op())
    except ValueError as e:
        print(type(e).__name__, e)
m.release()
print(m == m)
m2 = memoryview(b"abc")
m3 = memoryview(m2)
m2.release()
print(m3.tobytes(), bytes(m3[1:]))
with memoryview(b"xyz") as a, memoryview(a) as b:
    print(a.tobytes(), b.tobytes())
print(bytes(memoryview(b"q")), b"".join([memoryview(b"a"), memoryview(bytearray(b"b"))]), bytearray(memoryview(b"cd")), list(memoryview(b"ef")))
