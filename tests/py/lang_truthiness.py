# __bool__ / __len__ truthiness
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()))
print("yes" if L(2) else "no", not L(0), B(False) or "fallback", B(True) and "second")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
n = 0
while L(3 - n):
    n += 1
print(n)
print([x for x in [L(0), L(1), B(True)] if x].__len__())
print(all([L(1), 1]), any([L(0), 0]))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
