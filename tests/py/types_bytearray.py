a = bytearray(b"hello")
a.append(33)
print(a)
a.extend(b" world")
a.extend([65, 66])
a.extend(x for x in b"CD")
print(a, len(a))
a.insert(0, 62)
a.insert(-1, 95)
a.insert(100, 46)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("o"))
print(a)
a.reverse()
print(a)
c = a.copy()
a.clear()
print(a, c, len(a), c is not a)
b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
b[2:4] = b"xyz"
print(b)
b[1:1] = b"__"
b[::2] = bytes(len(b[::2]))
print(b)
del b[0]
del b[::3]
del b[1:3]
print(b)
b[:] = b"reset"
b += b"!!"
b *= 2
print(b, b.upper(), type(b.upper()).__name__, b[1:3], type(b[1:3]).__name__, b.find(b"s"), b.count(b"!"))
b[0:2] = [104, 105]
b[2:2] = bytearray(b"QQ")
b[1:3] = memoryview(b"mv")
print(b, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(), bytearray(range(65, 70)), b == b.copy(), hash(bytes(b)) == hash(bytes(b)))
r = bytearray(b"abc")
r[0:3] = r
print(r, r * 2, 2 * r, r + b"d", b"d" + r, type(b"d" + r).__name__, r.hex(), r.zfill(5), r.title(), r.isalpha(), list(reversed(r)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").pop(5))
t(lambda: bytearray(b"a").remove(98))
t(lambda: bytearray(b"a").append(256))
t(lambda: bytearray(b"a").append("a"))
t(lambda: bytearray(b"a").extend(5))
t(lambda: bytearray(b"a").extend([300]))
t(lambda: bytearray(b"a").insert(0, -1))
t(lambda: bytearray(b"a").__setitem__(5, 1))
t(lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"))
t(lambda: bytearray(b"a").__setitem__(0, b"x"))
t(lambda: hash(bytearray(b"a")))
t(lambda: bytearray(b"a").__delitem__(3))
t(lambda: bytearray("abc"))
