import struct
s = struct.Struct("<hI4s")
print(s.format, s.size, s.pack(-1, 7, b"ab"), s.unpack(b"\xff\xff\x07\x00\x00\x00abcd"))
buf = bytearray(12)
s.pack_into(buf, 2, 3, 4, b"wxyz"); print(buf)
struct.pack_into(">H", buf, 0, 0xBEEF); print(buf.hex())
struct.pack_into("<b", buf, -1, -2); print(buf.hex())
print(struct.unpack_from("<H", buf), struct.unpack_from("<H", buf, 2), struct.unpack_from(">I", bytes(buf), offset=4))
print(s.unpack_from(buf, 2), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")), list(s.iter_unpack(bytes(20))))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.pack(">e", -0.0), struct.unpack("<e", struct.pack("<e", 65504.0)))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<d", float("inf")), struct.unpack(">d", struct.pack(">d", -2.5)))
print(struct.unpack("<f", struct.pack("<f", float("nan")))[0] != struct.unpack("<f", struct.pack("<f", float("nan")))[0])
print(struct.calcsize("@b h"), struct.calcsize("@bd"), struct.calcsize("<bd"), struct.calcsize("@3sI"), struct.calcsize("@?q?"), struct.calcsize("@e"), struct.calcsize("@4xi"))
print(struct.pack("@i0q", 1), struct.calcsize("@i0q"), struct.pack("!?", 5), struct.pack("<Q", 2**64 - 1), struct.pack(">n", 5) if False else "")
class Idx:
    def __index__(self): return 65
print(struct.pack("<i", Idx()), struct.pack("B", True), struct.pack("<d", 3), struct.pack("<f", Idx()) if False else "")
for bad in [lambda: struct.pack("<h", 2**15), lambda: struct.pack("<H", -1), lambda: struct.pack("b", 200), lambda: struct.pack("<q", 2**63),
            lambda: struct.pack("<Q", -1), lambda: struct.pack("i", 1.5), lambda: struct.pack("i", "a"), lambda: struct.pack("ii", 1),
            lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", b"ab"), lambda: struct.unpack("<h", b"abc"), lambda: struct.pack("z", 1),
            lambda: struct.pack("<n", 1), lambda: struct.calcsize("y"), lambda: struct.pack("c", b"ab"), lambda: struct.pack("c", "a"),
            lambda: struct.pack("s", "str"), lambda: struct.pack("<f", 1e300), lambda: struct.pack("<e", 1e10), lambda: struct.pack_into("<i", bytearray(2), 0, 1),
            lambda: struct.pack_into("<i", bytearray(8), 6, 1), lambda: struct.unpack_from("<i", b"abc", 0), lambda: struct.unpack_from("<i", b"abcdef", 4),
            lambda: struct.pack_into("<i", b"immutable", 0, 1), lambda: list(struct.iter_unpack("<h", b"abc")), lambda: struct.iter_unpack("", b""),
            lambda: struct.Struct(5), lambda: struct.pack("<P", 1), lambda: struct.unpack_from("<i", bytearray(8), -2), lambda: struct.pack("?"),
            lambda: struct.pack_into("<h", bytearray(4), -10, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
