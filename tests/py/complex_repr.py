# repr/str of complex: parts use float repr rules without a trailing .0,
# the real part is omitted only when it is +0.0.
inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e16, 1e-5, 1.5e-7, 123456789.123,
         1e22, 1e300, 5e-324, inf, -inf, nan, 0.1, 1 / 3]
for re in parts:
    line = []
    for im in parts:
        line.append(repr(complex(re, im)))
    print(" ".join(line))
print(str(1 + 2j), str(-0j), str(complex(-0.0, -0.0)), str(complex(0.0, -0.0)))
print([1j, -1j, 1 - 1j], (2j,), {3j: 4j})
print(f"{1 + 2j}", f"{1 + 2j!r}", f"{-0j!s}", "%s %r" % (1j, -1j), str(2j).upper())
print(repr(complex(nan, nan)), repr(complex(-nan, -nan)), repr(complex(inf, 0)))
print(repr(-complex(inf, inf)), repr(complex(0, -inf)), repr(complex(-0.0, inf)))
