# format()/str.format/f-strings/% for complex, including padding and errors.
values = [1 + 2j, -1.5 - 2.25j, 2j, -0j, complex(-0.0, -0.0), 1234567.891 + 0.5j,
          complex(float("inf"), float("nan")), 1e20 + 1e-20j, complex(-0.0, -0.001)]
specs = ["", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "n", ".2", "#", "#.3",
         "+", "-", " ", "+.1f", ">20", "<20", "^20", "*^24.2f", "x>16", ",", "_.2f",
         ",.3f", "z", "z.1f", "20.3g", "#g", ".10", "F"]
for v in values:
    print(repr(v))
    for s in specs:
        print("  %-8r %r" % (s, format(v, s)))

z = 3 - 4j
print(f"{z}", f"{z:.1f}", f"{z:>12}|", f"{z!r:>12}|", "{0:.3f} {0.real} {0.imag}".format(z))
print("%s|%r|%10s|%-10s|" % (z, z, z, z))
for s in ["010", "0>10", "=10", "%", "d", "s", "x", "c", ".2%", "=+10"]:
    try:
        print(s, format(z, s))
    except ValueError as e:
        print(s, "ValueError:", e)
for fmt in ["%f", "%d", "%e", "%x", "%g", "%i"]:
    try:
        print(fmt % z)
    except TypeError as e:
        print(fmt, "TypeError:", e)
try:
    format(z, 5)
except TypeError as e:
    print("TypeError:", e)
