for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "-^8", "0>5", "é^7", "^1", "05"]:
    try:
        print(repr(spec), repr(format("abc", spec)), repr(format("", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print("{:<{}}|{:>{w}.{p}}|".format("ab", 5, "xyzw", w=6, p=2), "{0:{fill}{align}{width}}".format("m", fill="~", align="^", width=7))
for bad in ["d", "+", " ", "#", ",", "=", "x", "z", "5,"]:
    try:
        print(repr(bad), format("abc", bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(None), format([1, 2]), format((1,), ""), format({"a": 1}))
try:
    format(None, "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([], "x")
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(format(C(), "xyz"), f"{C():abc}", "{:q}".format(C()))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
