vals = [1.0, 0.1, -0.1, 2.0 ** -1074, 2.0 ** -1022, 1.7976931348623157e308, 3.0, 1e-10, 123456.789, 2.0 ** 52 + 1, -0.0]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v, repr(float.fromhex(h)))
for s in ["0x1p0", "0X1P-1", "0x1.8", "-0x1.fp3", "0x.1", "0x1.", "1p4", "+0x0p0", "0x1.000000000000080p0", "0x1.000000000000080001p0", "0x1.000000000000180p0", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x1.fffffffffffff8p1023", "  0x10  ", "iNfInItY", "-nan", "0x0.0000000000001p-1022"]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for s in ["", "0x", "0xg", "0x1p", "0x1p+", "1.2.3", "0x1 2", "p1", "0x1pp1", "0x1p1.5"]:
    try:
        print(repr(s), float.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
