vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a and b, a or b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b, a >= b, type(a & b).__name__, type(a + b).__name__)
print(not True, not 0, not "", not [0], True is not False, -True, +True, abs(False), ~False, True ** 2, 2 ** True, divmod(True, True), True / True, round(True))
print(isinstance(False, int), type(True).__mro__, bool.__base__, True.__class__.__name__, int(True) + 1, float(True), str(True))
print(True in [1], 1 in [True], [True, 1, 1.0].count(1), {1, True, 1.0}, max(False, 0), min(0, False), sorted([True, 0, False, 1]))
print(bool(float("nan")), bool(" "), bool(b""), bool(bytearray()), bool(range(0)), bool(frozenset()), bool(object()))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Bad:
    def __bool__(self):
        return 1
print(bool(Z()), bool(L()), not Z(), "yes" if L() else "no")
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
