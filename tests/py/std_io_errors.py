# io: error types and messages of StringIO/BytesIO (closed files, bad args).
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = io.StringIO("hello\nworld\n")
t(lambda: s.seek(1, 1))
t(lambda: s.seek(1, 2))
t(lambda: s.seek(-1))
t(lambda: s.seek(0, 3))
t(lambda: s.write(5))
t(lambda: s.write(b"x"))
t(lambda: s.truncate(-1))
t(lambda: s.fileno())
t(lambda: s.seek(1.5))
t(lambda: s.read("a"))
t(lambda: s.readline(2.0))
t(lambda: io.StringIO(5))
t(lambda: io.StringIO(b"x"))
t(lambda: io.StringIO(newline="x"))
t(lambda: io.StringIO(newline=5))
s.close()
for name in ["read", "readline", "getvalue", "tell", "readable", "seekable", "writable",
             "readlines", "isatty", "__enter__", "__iter__", "__next__", "flush", "close"]:
    t(getattr(s, name))
t(lambda: s.write("a"))
t(lambda: s.writelines(["a"]))
t(lambda: s.seek(0))
t(lambda: s.truncate(0))
t(lambda: s.closed)

b = io.BytesIO(b"abc\ndef")
t(lambda: b.write("s"))
t(lambda: b.write(5))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 5))
t(lambda: b.truncate(-2))
t(lambda: b.fileno())
t(lambda: io.BytesIO("x"))
t(lambda: io.BytesIO(5))
t(lambda: b.read("x"))
b.close()
for name in ["read", "readline", "getvalue", "tell", "readable", "seekable", "writable",
             "readlines", "isatty", "__enter__", "__next__", "flush", "close"]:
    t(getattr(b, name))
t(lambda: b.write(b""))
t(lambda: b.seek(0))
t(lambda: b.closed)
print([c.__name__ for c in io.UnsupportedOperation.__mro__])
try:
    io.StringIO().fileno()
except OSError as e:
    print("OSError caught:", e)
try:
    io.BytesIO().fileno()
except ValueError as e:
    print("ValueError caught:", e)
