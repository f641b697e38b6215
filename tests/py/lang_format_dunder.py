# __format__ hooks with format(), f-strings and str.format
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec == "cents":
            return f"{self.v * 100}c"
        return format(self.v, spec)
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(3)
print(format(m), format(m, "cents"), format(m, ">6"))
print(f"{m}", f"{m:cents}", f"{m!s}", f"{m!r}", f"{m:08.2f}")
print("{} {:cents} {!r}".format(m, m, m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>8}|")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return 42
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(int):
    pass
print(format(Inherit(255), "x"), f"{Inherit(7):03d}")
width = 6
print(f"{m:>{width}}|", f"{'nested':^{width + 4}}|")
