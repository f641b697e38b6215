import struct
fmts = ["@c", "@ch", "@ci", "@cl", "@cq", "@cd", "@cf", "@ce", "@c?", "@hc", "@ich", "@qc", "@dcc", "@3ci", "@c3i", "@cP", "@cn", "@cN",
        "@ic0l", "@c0d", "@5s i", "@2p d", "@?i?q", "@hhi", "@bbbbi", "@i2x", "@x", "@Hq"]
for f in fmts:
    try:
        std = struct.calcsize("=" + f[1:])
    except struct.error as e:
        std = "error: %s" % e
    print(f, struct.calcsize(f), std)
vals = {"c": b"z", "h": -3, "i": 7, "l": -9, "q": 2**40, "d": 0.5, "f": 1.25, "e": 2.0, "?": True, "P": 0, "n": -5, "N": 5}
for f in ["@ch", "@cq", "@dcc", "@cd", "@ic", "@c?", "@cn", "@cN"]:
    args = [vals[ch] for ch in f[1:] if ch in vals]
    packed = struct.pack(f, *args)
    print(f, packed.hex(), struct.unpack(f, packed) == tuple(args))
s = struct.Struct("=2h3s?")
print(s.size, s.pack(1, 2, b"abc", False).hex(), s.unpack(s.pack(-1, -2, b"x", True)))
print(struct.pack(">3h", 1, 2, 3), struct.pack("<2e", 0.5, -1.5), struct.unpack("<2d", struct.pack("<2d", 1.1, 2.2)))
print(struct.pack("!10p", b"pascal"), struct.unpack("!10p", struct.pack("!10p", b"pascal")), struct.pack("0s", b"x"), struct.unpack("0s", b""))
print(struct.pack("<?", 2), struct.unpack("<??", b"\x00\x02"), struct.pack("<3x"), struct.calcsize("<3x2x"))
for f in ["<q", "<Q", "<i", "<I", "<h", "<H", "<b", "<B"]:
    size = struct.calcsize(f); bits = size * 8
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if f[1].islower() else (0, 2 ** bits - 1)
    print(f, struct.unpack(f, struct.pack(f, lo))[0] == lo, struct.unpack(f, struct.pack(f, hi))[0] == hi)
    for v in (lo - 1, hi + 1):
        try:
            struct.pack(f, v)
        except struct.error as e:
            print(" ", v, e)
print(struct.unpack("<f", struct.pack("<f", 3.4028234663852886e38)), struct.unpack("<e", struct.pack("<e", 6.1e-05)), struct.unpack(">e", b"\x7c\x00"), struct.unpack(">e", b"\xfc\x00"))
print(struct.pack("<f", float("inf")), struct.pack(">d", float("-inf")), struct.unpack("<f", b"\x00\x00\xc0\x7f")[0])
print(struct.Struct("i").format, struct.Struct(b"<h").format, struct.Struct("<  h ").size)
