# struct: e/f/d packing (half, single, double) with CPython's rounding and limits.
import struct

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 2.5, 65504.0, 65519.0, 6.103515625e-05, 5.960464477539063e-08,
        2.980232238769531e-08, 2.9802322387695312e-08 * 1.0000001, 1e-9, 1234.5678, -3.14159,
        float("inf"), float("-inf")]
for v in vals:
    for fmt in ["<e", ">e", "<f", ">f", "<d", ">d"]:
        try:
            p = struct.pack(fmt, v)
            print(fmt, repr(v), p.hex(), repr(struct.unpack(fmt, p)[0]))
        except OverflowError as e:
            print(fmt, repr(v), "OverflowError", e)

nan = struct.unpack("<e", struct.pack("<e", float("nan")))[0]
print(nan != nan, struct.pack("<e", float("nan")).hex(), struct.pack("<d", float("nan")).hex())
print(struct.unpack("<f", struct.pack("<f", float("nan")))[0] != 0)
for h in [0x0000, 0x0001, 0x03FF, 0x0400, 0x3C00, 0x3C01, 0x7BFF, 0x7C00, 0xFC00, 0x8001, 0xC000, 0x3555]:
    print(hex(h), repr(struct.unpack("<e", struct.pack("<H", h))[0]))
for x in [1.00048828125, 1.000732421875, 1.0009765625, 2049.0, 2051.0, 4097.0, 65504.0 + 15.9]:
    print(repr(x), struct.pack(">e", x).hex())
print(struct.pack("f", 3.4028235e38).hex(), struct.pack("<f", 1e-50).hex(), struct.pack("<f", -1e-46).hex())
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<d", struct.pack("<d", 0.1))[0])
print(struct.pack("<d", 1), struct.pack("<f", True), struct.pack("<e", 3))


class F:
    def __float__(self):
        return 2.75


print(struct.pack("<d", F()), struct.pack("<f", F()), struct.pack("<e", F()))
for fmt in ["<e", "<f", "e", "f"]:
    try:
        struct.pack(fmt, 1e300)
        print(fmt, "packed")
    except OverflowError as e:
        print(fmt, type(e).__name__, e)
print(struct.pack("f", 1e300).hex())
