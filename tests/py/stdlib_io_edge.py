import io
s = io.StringIO("abc")
s.write("X"); print(repr(s.getvalue()), s.tell())
s = io.StringIO("abc"); s.seek(1); s.write("ZZZZ"); print(repr(s.getvalue()), s.tell(), repr(s.read()))
s = io.StringIO(); s.write("héllo\n"); s.seek(0); print(s.read(2), s.tell(), s.readline(), s.tell())
s = io.StringIO("a\nb\nc"); print(s.readlines(2), s.readlines(), s.readlines())
s = io.StringIO("x\ny\n"); print(next(s), next(s), next(s, "END"), iter(s) is s)
s = io.StringIO("one two"); print(s.read(100), repr(s.read(100)), s.seek(0), s.seek(3), s.read(1))
s = io.StringIO(); print(s.write(""), s.tell(), s.getvalue() == "", s.truncate(0), s.read(), s.readline())
s = io.StringIO("abc", "\n"); s.close()
for op in [lambda: s.write("x"), lambda: s.tell(), lambda: s.seek(0), lambda: next(s), lambda: s.readline(), lambda: s.truncate(), lambda: s.readable()]:
    try:
        print(op())
    except ValueError as e:
        print("ValueError", e)
s.close(); print(s.closed)
b = io.BytesIO(b"abc"); b.write(b"X"); print(b.getvalue(), b.tell())
b = io.BytesIO(); b.write(b"\x00\xff"); b.seek(5); b.write(b"!"); print(b.getvalue(), len(b.getvalue()))
b = io.BytesIO(b"l1\nl2\nl3"); print(b.readlines(1), next(b), list(b), b.readline())
b = io.BytesIO(b"0123456789"); print(b.seek(-2, 2), b.read(), b.seek(0, 1), b.seek(3), b.read(2), b.tell())
for op in [lambda: b.seek(0, 3), lambda: b.seek("a"), lambda: b.read("x"), lambda: b.write(5), lambda: b.truncate("q"), lambda: io.BytesIO(5)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), issubclass(io.StringIO, io.IOBase), io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation.__mro__[1:3] if hasattr(io, "UnsupportedOperation") else "")
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper(); print("x", "y", file=u); print(repr(u.getvalue()))
bio = io.BytesIO(b"data"); print(bio.read1() if hasattr(bio, "read1") else b"data", bio.getvalue())
for data in ["a\nb\nc\n", "aa\nb\nccc\n", "\n\n\n"]:
    print([io.StringIO(data).readlines(h) for h in (-1, 0, 1, 2, 3, 4, 5)])
    bd = data.encode()
    print([io.BytesIO(bd).readlines(h) for h in (-1, 0, 1, 2, 3, 4, 5)])
