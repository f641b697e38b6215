n = 1234567
for spec in ["", "d", "10d", "<10d", ">10d", "^10d", "=10d", "*^11d", "0>10d", "+d", "-d", " d", ",", "_", "10,", "012,d", "_x", "_b", "_o", "#x", "#X", "#o", "#b", "#010x", "x", "X", "o", "b", "n", "e", ".2e", "E", "f", ".1f", "F", "g", ".3g", "G", "%", ".1%", "s"[:0]]:
    try:
        print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)), repr(format(0, spec)))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(65, "c"), format(0x1F600, "c"), format(2**100, ","), format(2**100, "_x"), format(-2**70, "#_b"), format(255, "=+#10x"))
print(format(True, "d"), format(True, "5"), format(False, "x"), "{:,}".format(10**12), "{:_}".format(-10**12), "{:08,}".format(1234))
print(format(12345, "09,"), format(12345, "010,"), format(-1, "0=5"), format(1, "z"[:0] or "5"), format(5, "x<5"), format(5, "\u20ac^7"))
for bad in ["z", "zd", ".2d", ",x", ",c", "+c", "#c", "=s", "q", ",_", "_,", "5.2s"]:
    try:
        print(repr(bad), format(42, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
