print(b"%d %s %r" % (1, b"x", b"y"), b"%05.1f|%x|%X|%o|%c|%c" % (3.14159, 255, 255, 8, 65, b"z"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%s" % bytearray(b"ba"), b"%a" % "é", b"%r" % "x", b"%%|%5s|%-5s|" % (b"ab", b"cd"))
print(bytearray(b"%s=%d") % (b"k", 5), type(bytearray(b"%d") % 1).__name__, b"%b" % b"bb", b"%s" % memoryview(b"mv"))
print(b"%*d|%.*f|%i|%u|%e|%g" % (5, 42, 2, 1.23456, 7, 8, 1.5, 2.5), b"%#x %#o" % (255, 8), b"%s" % (b"t",))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"%s" % "str")
t(lambda: b"%d" % b"1")
t(lambda: b"%c" % 256)
t(lambda: b"%c" % "a")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%y" % 1)
t(lambda: b"%(a)s" % {"a": b"x"})
t(lambda: b"%s" % 5)
