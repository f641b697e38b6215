print(int.__repr__(True), int.__str__(True), int.__repr__(False), str(int(True)), repr(True), True.__repr__(), int.__format__(True, ""), int.__format__(True, "d"))
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
m = MyInt(7)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, "%d" % m, "%r" % m, "%s" % m, format(m, "03"), [m], int(m), type(int(m)).__name__)
class Num(int):
    pass
n = Num(5)
print(n, repr(n), n * 2, n == 5, hash(n) == hash(5), -n, abs(Num(-3)), n.bit_length(), n < 6, isinstance(n, int), Num("12", 8), Num())
print(float.__repr__(1.5), float.__str__(2.0), str.__repr__("s"), list.__repr__([1]), tuple.__repr__((1,)), dict.__repr__({1: 2}))
class F(float):
    pass
print(F(1.5), repr(F(2)), F(1.5) + 1, type(F(1.5) + 1).__name__, F("3.5"), F(1.5).is_integer(), F(2.0).hex())
