# struct.Struct, pack_into/unpack_from with offsets, iter_unpack, records.
import struct

s = struct.Struct("<hif")
print(s.format, s.size, repr(s)[:16])
p = s.pack(-3, 100000, 1.5)
print(p, s.unpack(p))
buf = bytearray(20)
s.pack_into(buf, 4, 1, 2, 3.0)
print(buf)
print(s.unpack_from(buf, 4), s.unpack_from(buf, offset=4), struct.unpack_from("<h", buf, offset=4))
print(s.unpack_from(bytes(buf), -10))
struct.pack_into(">I", buf, -4, 0xCAFEBABE)
print(buf.hex(), struct.unpack_from(">I", buf, 16), struct.unpack_from(">I", buf, -4))
b2 = struct.Struct(b">3sx?")
print(b2.format, b2.size, b2.pack(b"abc", True), b2.unpack(b"xyz\x00\x00"))

pairs = struct.pack("<" + "hh" * 4, 1, 2, 3, 4, 5, 6, 7, 8)
it = struct.iter_unpack("<hh", pairs)
print(list(it))
print([x for (x,) in struct.Struct("B").iter_unpack(b"\x01\x02\x03")])
print(list(struct.iter_unpack("<I", b"")))

Record = struct.Struct("<I8sd")
rows = [(1, b"alice", 3.5), (2, b"bob", -1.25), (3, b"carol_longname", 0.0)]
blob = b"".join(Record.pack(*r) for r in rows)
print(len(blob), Record.size)
for rec in Record.iter_unpack(blob):
    ident, name, score = rec
    print(ident, name.rstrip(b"\x00"), score)
for i in range(len(rows)):
    print(Record.unpack_from(blob, i * Record.size)[0])

header = struct.pack(">4sHHI", b"GILT", 1, 2, 3)
magic, major, minor, n = struct.unpack(">4sHHI", header)
print(magic, major, minor, n, header.hex())
print(struct.calcsize("@i") == struct.Struct("i").size, struct.Struct("").size, struct.Struct("").pack())
print(isinstance(s, struct.Struct), type(s).__name__)
