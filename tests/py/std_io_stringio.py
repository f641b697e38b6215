# io.StringIO: reading, writing, seeking, newline modes, iteration.
import io

s = io.StringIO("line one\nline two\nline three")
print(repr(s.read(4)), s.tell())
print(repr(s.readline()), repr(s.readline(3)), repr(s.readline()))
print(repr(s.readline()), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(10))
s.seek(0)
print([line.upper() for line in s])
print(repr(s.getvalue()))

out = io.StringIO()
print(out.write("abc"), out.write(""), out.write("déf\n"), out.tell())
out.writelines(["x", "y\n", "z"])
print(repr(out.getvalue()))
out.seek(1)
out.write("ZZ")
print(repr(out.getvalue()), out.tell())
out.seek(20)
out.write("!")
print(repr(out.getvalue()))
print(out.truncate(5), repr(out.getvalue()), out.tell())
out.seek(0)
print(out.truncate(), repr(out.getvalue()))

buf = io.StringIO()
print("hello", "world", sep=", ", file=buf)
print(42, 3.5, [1, 2], file=buf)
print("no newline", end="", file=buf)
print(repr(buf.getvalue()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    f = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), f.readlines(), repr(f.getvalue()), f.newlines)
    g = io.StringIO(newline=nl)
    g.write("1\n2\r\n3\r")
    g.seek(0)
    print("   ", repr(g.read()), g.newlines)

with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
e = io.StringIO()
print(e.read(), repr(e.readline()), e.readlines(), e.getvalue() == "", e.tell())
print(e.readable(), e.writable(), e.seekable(), e.isatty(), e.encoding, e.errors, e.line_buffering)
x = io.StringIO("seek test")
print(x.seek(0, 2), x.seek(0, 1), x.seek(3), x.read(2), x.seek(0, 0), x.read())
print(io.StringIO(None).getvalue() == "", io.StringIO("ü€😀").read(2))
print(type(io.StringIO()).__name__, isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
u.write("shout ")
print("quiet", file=u)
print(repr(u.getvalue()))
