import io
s = io.StringIO("line1\nline2\r\nline3")
print(repr(s.readline()), repr(s.readline()), s.tell(), repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(0); print(s.readlines())
s.seek(0); print([l for l in s])
s.seek(0); print(s.read(3), s.read(0), s.read(-1)[:3], s.readline(2) if False else "")
t = io.StringIO()
print(t.write("hello"), t.write(" world"), t.getvalue(), t.tell())
t.seek(6); t.write("WORLD!!"); print(t.getvalue())
t.seek(0, 2); print(t.tell()); t.seek(0)
print(t.truncate(5), t.getvalue(), t.tell())
t.seek(10); t.write("x"); print(repr(t.getvalue()))
u = io.StringIO("abc"); u.seek(3); print(u.truncate(), u.truncate(1), u.getvalue(), u.tell())
v = io.StringIO("abc\ndef\n"); print(v.readline(2), repr(v.readline()), repr(v.readline(-1)), v.readlines(), v.readable(), v.writable(), v.seekable())
w = io.StringIO(); w.writelines(["a", "b\n", "c"]); print(repr(w.getvalue()), w.closed)
with io.StringIO("ctx") as cm:
    print(cm.read())
print(cm.closed)
for bad in [lambda: cm.read(), lambda: cm.getvalue(), lambda: io.StringIO(5), lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 5), lambda: io.StringIO("a").truncate(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
nl = io.StringIO("a\r\nb\rc\n", newline=None); print(repr(nl.read()))
nl2 = io.StringIO("a\r\nb\rc\n", newline=""); print(nl2.readlines())
nl3 = io.StringIO(newline="\r\n"); nl3.write("x\ny\n"); print(repr(nl3.getvalue()))
print(io.StringIO("q").seek(0, 2), io.StringIO("abc").read(None) if True else "", io.StringIO().read())
print(isinstance(io.StringIO(), io.TextIOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
import sys
old = sys.stdout; buf = io.StringIO(); sys.stdout = buf
print("captured", 1, sep="-")
sys.stdout = old
print(repr(buf.getvalue()))
