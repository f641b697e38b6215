# divmod/pow reflection and three-argument pow
class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()))
class P:
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, m)
print(pow(P(), 2), pow(P(), 2, 7), pow(2, P()), 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), pow(3, -1, 7), pow(2, 10, 1000))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __rdivmod__(self, o):
        return "Sub.rdivmod"
print(divmod(7, Sub(2)))
