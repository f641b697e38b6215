import io
b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read(), b.getvalue())
b.seek(0); print(list(b))
b.seek(-3, 2); print(b.read(), b.seek(1, 0), b.seek(2, 1), b.read(1))
c = io.BytesIO()
print(c.write(b"hello"), c.write(bytearray(b"!!")), c.getvalue(), c.tell())
c.seek(2); c.write(b"LL"); print(c.getvalue())
c.seek(10); c.write(b"z"); print(c.getvalue())
print(c.truncate(4), c.getvalue(), c.tell())
d = io.BytesIO(b"0123456789"); buf = bytearray(4)
print(d.readinto(buf), buf, d.read1(3) if hasattr(d, "read1") else b"", d.getbuffer().tobytes() if False else "")
print(d.readable(), d.writable(), d.seekable(), d.closed, d.isatty() if hasattr(d, "isatty") else False)
d.close(); print(d.closed)
for bad in [lambda: d.read(), lambda: io.BytesIO("str"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO(b"x").truncate(-2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b"ctx") as e:
    print(e.read(1), e.read(-1), e.read(5))
f = io.BytesIO(b"a\nb"); print(f.readline(1), f.readline(10), f.readline(), f.readline())
g = io.BytesIO(); g.writelines([b"x", b"y"]); print(g.getvalue())
h = io.BytesIO(b"xyz"); h.seek(1); print(h.truncate(), h.getvalue(), h.read())
print(io.BytesIO(b"abc").read(None), io.BytesIO(b"").read(), io.BytesIO(bytearray(b"q")).getvalue())
