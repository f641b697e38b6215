for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("0o777", 0), ("101", 2), ("0b101", 0), ("zz", 36), ("ZZ", 36), ("10", 3), (" -42 ", 10), ("+7", 0), ("1_000_000", 0), ("0_0", 0), ("00", 0), ("0", 0), ("0x_ff", 16)]:
    print(repr(s), b, int(s, b))
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), hex(2**100), oct(-(8**30)))
print(format(10, "b"), format(-10, "o"), format(255, "X"))
for s, b in [("08", 0), ("0b2", 0), ("12", 2), ("0x", 16), ("1 2", 10), ("--1", 10), ("0o8", 8), ("_", 0), ("1_", 10), ("", 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", base=1)
except ValueError as e:
    print(type(e).__name__, e)
print(int("10", base=16), int(x="11", base=2) if False else int("11", 2))
