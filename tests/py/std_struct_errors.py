# struct: struct.error / TypeError / OverflowError messages as CPython 3.11.
import struct


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in "bBhHiIlLqQnNP":
    for order in "@<>":
        if order != "@" and fmt in "nNP":
            continue
        for v in [2 ** 70, -(2 ** 70), -1, 2 ** 40, 1.5, "x", None]:
            t(struct.pack, order + fmt, v)
t(struct.pack, "<n", 1)
t(struct.pack, ">P", 1)
t(struct.calcsize, "z")
t(struct.calcsize, "3")
t(struct.calcsize, "99999999999999999999i")
t(struct.calcsize, "9999999999999999q")
t(struct.calcsize, "i$")
t(struct.calcsize, 5)
t(struct.calcsize)
t(struct.pack, "c", b"ab")
t(struct.pack, "c", "a")
t(struct.pack, "c", 65)
t(struct.pack, "s", "a")
t(struct.pack, "p", 5)
t(struct.pack, "d", "x")
t(struct.pack, "f", "1")
t(struct.pack, "e", None)
t(struct.pack, "ii", 1)
t(struct.pack, "i", 1, 2)
t(struct.pack, "x", 1)
t(struct.pack)
t(struct.pack, 5)
t(struct.unpack, "i", b"abc")
t(struct.unpack, "i", "abcd")
t(struct.unpack, "i", 1234)
t(struct.iter_unpack, "i", b"abcde")
t(struct.iter_unpack, "", b"")
t(struct.unpack_from, "i", b"ab")
t(struct.unpack_from, "i", b"abcdef", 4)
t(struct.unpack_from, "i", b"abcdef", -2)
t(struct.unpack_from, "i", b"abcdef", -10)
t(struct.pack_into, "i", bytearray(5), 2, 1)
t(struct.pack_into, "i", b"abcdefgh", 0, 1)
t(struct.pack_into, "i", bytearray(8), -2, 1)
t(struct.pack_into, "i", bytearray(8), -10, 1)
t(struct.pack_into, "i", bytearray(8))
t(struct.pack_into, "i")
t(struct.pack_into, "i", bytearray(8), 0)
t(struct.pack_into, "i", bytearray(8), 0, 1, 2)
t(struct.Struct, 5)
t(struct.Struct, "q!")
t(lambda: struct.Struct("i").pack(1, 2))
t(lambda: struct.Struct("2h").unpack(b"\x00"))
print([c.__name__ for c in struct.error.__mro__], struct.error.__module__)
try:
    struct.pack("b", 1000)
except struct.error as e:
    print("caught struct.error:", e, e.args)
