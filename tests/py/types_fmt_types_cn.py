for v in [65, 97, 0x3b1, 0x1F40D, 48]:
    print(repr(format(v, "c")), repr(format(v, ">4c")), repr(format(v, "*^5c")))
for v in [0, 5, -42, 1234567, 3.5, -1234.5678, 1e20, 0.00001]:
    print(repr(format(v, "n")), repr(format(v, "10n")))
print(format(1234567.0, ".3n"), format(12, "n"), format(True, "n"))
for bad in [(-1, "c"), (0x110000, "c"), (1.5, "c")]:
    try:
        print(format(*bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
