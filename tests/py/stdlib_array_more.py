from array import array
a = array("h", [1, -2, 300])
b = a.tobytes(); print(b, len(b))
c = array("h"); c.frombytes(b); print(c, c == a)
c.byteswap(); print(c, c.tolist())
d = array("d", [1.5, -0.0, float("inf")]); print(d, repr(d), str(d), d.itemsize, d.tolist())
e = array("b", b"\x01\x02") if False else array("b", [1, 2]); e.fromlist([3, 4]); print(e)
u = array("u", "hello"); print(u, u.tounicode(), u[1], u[1:3], len(u)); u.fromunicode(" world"); print(u.tounicode())
f = array("i", range(10))
print(f[2:8:2], f[::-3], f[-3:], f[5:2])
f[1:3] = array("i", [10, 20, 30]); print(f)
del f[::2]; print(f)
f[0] = -1; print(f[0], f.index(20) if 20 in f else -1)
g = array("I", [1, 2]) + array("I", [3]); print(g, g * 2, 2 * array("b", [7]))
g += array("I", [4]); g *= 2; print(g)
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) == array("d", [1.0]), array("b", [1]) != array("b", [1]))
h = array("q", [2**62, -2**62]); print(h, array("Q", [2**64 - 1]))
print(array("f", [0.1])[0], array("d", [0.1])[0], array("B", bytearray(b"xy")), array("i", array("h", [5, 6])))
x = array("H", [1, 2, 3]); print(list(reversed(x)), sum(x), max(x), sorted(array("i", [3, 1, 2])), bytes(array("B", [65, 66])))
for bad in [lambda: array("z"), lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("i", [1.5]), lambda: array("i", ["a"]),
            lambda: array("h").frombytes(b"abc"), lambda: array("i", [1]) + array("d", [1.0]), lambda: array("i").pop(), lambda: array("i", [1]).index(5),
            lambda: array("i", [1]).remove(7), lambda: array("i")[0], lambda: array("u", [1]), lambda: array("i", [1]).tounicode(),
            lambda: array("b", [1]).__setitem__(0, 1000), lambda: array("i", [1, 2]).__setitem__(slice(0, 2), [5, 6]), lambda: array("d", "abc"),
            lambda: array("I", [2**32]), lambda: array("q", [2**63]), lambda: hash(array("i")), lambda: array("i", [1]).extend([1, "x"]),
            lambda: array("i", [1]).fromlist("ab"), lambda: array(b"i"), lambda: array("i", [1]).extend(array("h", [1]))]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(array("i", [5, 6, 7]).count(6), array("i").typecode, array("b", (i for i in range(3))))
