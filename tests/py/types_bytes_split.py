for b in [b"a,b,,c", b" a  b c ", b"", b"abc", b",", b"a\tb\nc\x0bd\x0ce"]:
    print(b, b.split(), b.split(b","), b.split(b",", 1), b.rsplit(b",", 1), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.rsplit(maxsplit=1), b.split(sep=b",", maxsplit=2))
print(bytearray(b"x y z").split(), bytearray(b"x,y").rsplit(b","), b"a::b::c".split(b"::"), b"a::b::c".rsplit(b"::", 1), b"aaa".split(b"aa"), b"aaa".rsplit(b"aa"))
print(b"line1\nline2\r\nline3\r".splitlines(), b"line1\nline2\r\n".splitlines(keepends=True), b"\n\n".splitlines(), bytearray(b"a\r\nb").splitlines(True))
print(b"-".join([b"a", b"b"]), bytearray(b", ").join([b"x", bytearray(b"y")]), b"".join([b"a"] * 3), type(bytearray(b"").join([])).__name__)
try:
    b"a".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".rsplit("a")
except TypeError as e:
    print(type(e).__name__, e)
