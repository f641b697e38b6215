vals = [0.0, 1.0, -1.0, 0.1, 1/3, 123456.789, 1e-7, 1.5e300, 9.999999e5, 0.5, 2.5, 100.0]
for t in ["e", "E", "f", "F", "g", "G", "%", ""]:
    print(t, [format(v, t) for v in vals])
for p in [0, 1, 3, 10, 17]:
    print(p, [format(v, f".{p}{t}") for v in (1/3, 2/3, 1234.5678) for t in "efg%"])
print(format(float("inf"), "F"), format(float("nan"), "F"), format(float("-inf"), "E"), format(float("nan"), "G"), format(float("inf"), "%"))
print(format(1e16, ".0f"), format(2.0**70, "f"), format(1e22, "g"), format(1e-5, ".2g"), format(123, "e"), format(-7, ".3f"), format(5, "%"))
