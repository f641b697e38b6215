print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 2, True % 2)
print(True & False, True | False, True ^ True, False ^ True, True & 3, 3 | True)
print(type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(int.__repr__(True), int.__str__(False), repr(True), str(False), format(True), format(True, "d"), format(False, ">5"))
print(f"{True:5}|{True!s:>6}|{False:x}", "%d %s %r" % (True, True, False))
print(bool(0), bool(""), bool([]), bool(None), bool(0.0), bool(-1), bool("0"), bool(()), bool({}))
print(bool.__name__, issubclass(bool, int), isinstance(True, int), True == 1, hash(True), hash(False))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), False.bit_length())
print(sorted([True, False, 2, -1]), max(True, False), sum([True, True, True]))
print({True: "a", 1: "b"}, {0, False}, [1, 2, 3][True])
print(True is bool(5), bool(), bool.__bases__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.__and__(False), True.__or__(1), bool.__xor__(True, False), True.__invert__())
print(str(True).lower(), True.__eq__(1), True.__index__())
