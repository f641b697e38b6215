from array import array
for tc in "bBhHiIlLqQ":
    a = array(tc)
    bits = a.itemsize * 8
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if tc.islower() else (0, 2 ** bits - 1)
    a.append(lo); a.append(hi)
    print(tc, a.itemsize, a, a.tolist() == [lo, hi])
    for v in (lo - 1, hi + 1):
        try:
            a.append(v)
        except OverflowError as e:
            print(" ", tc, v, e)
for tc in "fd":
    a = array(tc, [1, 2.5, -1e30 if tc == "d" else -1e30])
    print(tc, a, a.tobytes().hex()[:16])
    try:
        a.append("x")
    except TypeError as e:
        print(" ", e)
print(array("f", [1e40]) if False else "", array("d", [1e308 * 10]))
a = array("i", [1, 2, 3, 4, 5])
a[1:4] = array("i"); print(a)
a[0:0] = array("i", [9, 8]); print(a)
a[::2] = array("i", [0, 0]) if len(a[::2]) == 2 else array("i", [0] * len(a[::2])); print(a)
try:
    a[::2] = array("i", [1])
except ValueError as e:
    print("ValueError", e)
b = array("b", range(-3, 4)); print(b, b[::-2], b[10:], b[-100:2])
b.frombytes(b"\x7f\x80"); print(b)
c = array("H", [1, 256]); c.byteswap(); print(c, c.tobytes())
d = array("u", "ab"); d.append("c"); d.extend("de"); print(d, d.tobytes() == "abcde".encode("utf-32-le") if False else len(d.tobytes()) // d.itemsize)
e = array("i"); e.fromlist([1, 2]); e.extend(x * x for x in range(3)); print(e, e.buffer_info()[1] if hasattr(e, "buffer_info") else len(e))
print(array("i", [3, 1, 2]) == [3, 1, 2], array("i", [1]) in [array("i", [1])], array("q", [1, 2]).index(2), repr(array("d")))
