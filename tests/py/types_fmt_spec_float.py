vals = [0.0, -0.0, 1.5, -1.5, 1234567.891, 0.000123456, 1e20, 1e-20, float("inf"), float("-inf"), float("nan"), 2.5, 123.0]
specs = ["", "f", ".2f", "10.3f", "<10.2f", "^12.1e", "+.3g", " g", "e", "E", "F", "G", ".0f", "#.0f", "#g", ".0e", "%", ".2%", ",.2f", "_.3f", "012.3f", "0=12.2f", "*>12.2f", "z.1f", "+z.0f", "g", ".10g", ".1g", "n", "#.3g", ".3"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
print(format(1e16, ""), format(1e16, "g"), format(1.0, ""), format(1.0, "g"), format(1e-5, ""), format(123456789.0, ".3"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print("{:z.2f} {:z.0f} {:z} {:z.1e}".format(-0.001, -0.4, -0.0, -0.0001))
for bad in ["d", "x", "c", "b", ",d", "=s", "zd", "s"]:
    try:
        print(repr(bad), format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
