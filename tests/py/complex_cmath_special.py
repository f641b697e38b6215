# cmath on infinities, NaNs and signed zeros: C99 Annex G values as
# CPython 3.11 tabulates them, and the errors it raises.
import cmath

inf = float("inf")
nan = float("nan")
classes = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for x in classes:
        for y in classes:
            finite = x == x and y == y and abs(x) != inf and abs(y) != inf
            if finite and not (x == 0 and y == 0):
                continue
            try:
                r = f(complex(x, y))
                out.append(repr(r))
            except ValueError:
                out.append("ValueError")
            except OverflowError:
                out.append("OverflowError")
    print(name, " ".join(out))

for r in classes:
    out = []
    for phi in classes:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except ValueError as e:
            out.append("ValueError")
    print("rect", r, " ".join(out))

for x in classes:
    row = []
    for y in classes:
        z = complex(x, y)
        row.append("%d%d%d" % (cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z)))
    print("is", x, " ".join(row))
