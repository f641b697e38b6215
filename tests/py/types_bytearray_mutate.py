a = bytearray()
for i in range(5):
    a.append(65 + i)
print(a, len(a))
a.extend(b"xyz"); a.extend([49, 50]); a.extend(bytearray(b"!")); a.extend(iter([51])); a.extend(memoryview(b"mv"))
print(a)
a.insert(0, 48); a.insert(3, 45); a.insert(-1, 95); a.insert(-100, 60); a.insert(100, 62)
print(a)
print(a.pop(), a.pop(-1), a.pop(2), a)
a.remove(45); a.remove(ord("x"))
print(a)
a.reverse()
print(a)
c = a.copy()
c[0] = 33
print(a[0], c[0], a == c, a is c, type(c).__name__)
a.clear()
print(a, len(a), c.decode("ascii"))
d = bytearray(b"hello")
e = d
e += b" world"
print(d, d is e)
print(bytearray(b"abc") + b"d", b"z" + bytearray(b"y"), bytearray(b"ab") * 2, bytearray(b"ab") == b"ab", bytearray(b"a") < b"b", bytearray(b"b") > bytearray(b"a"))
for f in [lambda: bytearray().pop(), lambda: bytearray(b"a").remove(1), lambda: bytearray(b"a").insert(0, 256), lambda: bytearray(b"a").append(b"a"), lambda: bytearray(b"a").extend(["a"]), lambda: bytearray(b"a").pop(3)]:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
