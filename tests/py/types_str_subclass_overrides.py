# A str subclass's own dunders win over the VM's str fast paths.
class Loud(str):
    def __add__(self, o):
        return Loud(str.__add__(self, o).upper())
    def __radd__(self, o):
        return "radd:" + str(o)
    def __lt__(self, o):
        return len(self) < len(o)
    def __eq__(self, o):
        return str.lower(self) == str.lower(o)
    __hash__ = str.__hash__
    def __format__(self, spec):
        return "<" + str.__format__(str(self), spec) + ">"
    def __str__(self):
        return "S(" + str.__str__(self) + ")"

a = Loud("ab")
print(a + "cd", type(a + "cd").__name__)
print("x" + a)
print(a < "zzz", a < "a", Loud("b") < "aa")
print(a == "AB", "AB" == a, a != "AB")
print(f"{a}", f"{a:>8}", format(a, ""), "%s" % (a,), str(a))
print(sorted([Loud("ccc"), Loud("a"), Loud("bb")]))
print("".join([a, "!"]), a.upper(), len(a))
