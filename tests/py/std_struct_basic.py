# struct: pack/unpack of every integer, char and bytes code in every byte order.
import struct

for order in ["@", "=", "<", ">", "!"]:
    codes = "bBhHiIlLqQ" + ("nNP" if order == "@" else "")
    for c in codes:
        fmt = order + c
        size = struct.calcsize(fmt)
        lo_hi = []
        signed = c in "bhilqnP"
        bits = size * 8
        vals = [0, 1, 5, 100] + ([-1, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1] if signed else [2 ** bits - 1])
        packed = [struct.pack(fmt, v) for v in vals]
        back = [struct.unpack(fmt, p)[0] for p in packed]
        print(fmt, size, packed[3].hex(), packed[-1].hex(), back == vals or (c == "P" and back))

print(struct.pack("<hHiI", -2, 65535, -70000, 4000000000))
print(struct.pack(">hHiI", -2, 65535, -70000, 4000000000))
print(struct.pack("!qQ", -(2 ** 63), 2 ** 64 - 1))
print(struct.unpack("<qQ", struct.pack("<qQ", -(2 ** 63), 2 ** 64 - 1)))
print(struct.pack("?????", 0, 1, [], "x", None), struct.unpack("3?", b"\x00\x01\x7f"))
print(struct.pack("c3s0s5p2xc", b"a", b"bcdef", b"", b"xy", b"z"))
print(struct.unpack("c3s0s5p2xc", b"abcd\x02xy\x00\x00\x00\x00z"))
print(struct.pack("10s", b"short"), struct.pack("2s", b"toolong"), struct.pack("s", bytearray(b"q")))
print(struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"), struct.pack("300p", b"y" * 400)[:3])
print(struct.unpack("4p", b"\xffabc"), struct.unpack("c", bytearray(b"Z")))
print(struct.pack("3i", 1, 2, 3), struct.pack("<2h3B", 1, -1, 1, 2, 3))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@bq", 1, 2).hex(), struct.pack("@hd", 1, 1.0).hex())
for fmt in ["", "x", "c", "bi", "ib", "bhiq", "qihb", "c0i", "@cPcdce?", "<cPcdce?"[:1] + "cqcdce?", "5x", "3s2p", "i i", " i\n", "0i", "10q"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize(b"<ii"), struct.pack(b">H", 258))


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<i", Idx()), struct.pack("<Q", True), struct.pack("<b", False))
print(struct.unpack("<I", struct.pack("<i", -1)), struct.unpack(">h", b"\x80\x00"))
print(struct.unpack("<" + "B" * 8, struct.pack("<d", 1.5)))
data = struct.pack("<IhB3s", 0xDEADBEEF, -1234, 7, b"end")
print(data, len(data), struct.unpack("<IhB3s", data))
