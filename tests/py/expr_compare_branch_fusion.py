# Comparisons, `is` and `in` feeding a branch take a fused path; as values
# (stored, returned, chained, negated) they must still produce bools.
class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        if x == "boom":
            raise KeyError("no " + x)
        return x in self.items


def classify(n, s):
    out = []
    if n < 2:
        out.append("small")
    if not n >= 5:
        out.append("not>=5")
    if n is None:
        out.append("none")
    if n is not None and n in s:
        out.append("in")
    if n not in s:
        out.append("not in")
    while n > 0 and n != 3:
        n -= 1
    out.append(n)
    return out


s = {1, 3, 7}
for n in (0, 1, 3, 6, 7, None):
    try:
        print(n, classify(n, s))
    except TypeError as e:
        print(n, "TypeError", e)
x = 3 < 4
y = 4 in s
z = None is None
w = 1 < 2 < 3 > 2
print(x, y, z, w, [i < 2 for i in range(4)], 2 < 3 if x else 0)
b = Box(["a", "b"])
for k in ("a", "z", "boom"):
    try:
        if k in b:
            print(k, "found")
        else:
            print(k, "missing")
    except KeyError as e:
        print("KeyError", e)
print("a" < "b", "b" < "a", 1.5 <= 2, 2 == 2.0, "x" != "x")
t = (1, 2)
print(t is t, [] is [], (lambda: 1 if t else 0)())
