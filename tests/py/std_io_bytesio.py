# io.BytesIO: binary reading, writing, seeking, readinto, iteration.
import io

b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readline())
print(b.read(), b.read(), b.tell())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
print(b.getvalue())

w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(b""), w.tell())
w.writelines([b"1", b"2"])
print(w.getvalue())
w.seek(1)
w.write(b"XY")
print(w.getvalue(), w.tell())
w.seek(10)
w.write(b"!")
print(w.getvalue())
print(w.seek(-3, 2), w.read(), w.seek(-100, 1), w.seek(2, 1), w.seek(5, 0))
print(w.truncate(4), w.getvalue(), w.tell())
w.seek(0)
print(w.truncate(), w.getvalue())

r = io.BytesIO(b"0123456789")
ba = bytearray(4)
print(r.readinto(ba), ba, r.tell())
print(r.read1(3), r.read(-1), r.read(5))
big = io.BytesIO()
for i in range(100):
    big.write(str(i).encode() + b",")
print(len(big.getvalue()), big.getvalue()[:30], big.getvalue()[-10:])
big.seek(0)
print(big.read(10), big.readlines(5))

with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable(), c.isatty())
print(c.closed)
print(io.BytesIO().getvalue(), io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(None).read())
print(type(io.BytesIO()).__name__, isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
text = "naïve café 😀"
data = io.BytesIO(text.encode("utf-8"))
print(data.read().decode("utf-8") == text)
