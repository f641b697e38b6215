s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "x\n".splitlines(), "\r\n\r\n".splitlines(True), "\n\r".splitlines())
print("no newline".splitlines(), "a\r\r\nb".splitlines(True))
print(b"a\nb\r\nc\rd\x0be\x0cf".splitlines(), b"a\nb\r\n".splitlines(True), bytearray(b"x\ny").splitlines())
for line in "one\ntwo\n".splitlines():
    print(repr(line))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
