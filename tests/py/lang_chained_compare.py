# chained comparisons evaluate each operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) > v(4) <= v(4) >= v(3), calls)
x = 5
print(1 < x < 10, 1 < x > 10, x in [5] in [[5]], x is x is not None)
print(0 < 1 == True, (0 < 1) == True, not 1 < 2 < 3)
print("a" < "b" < "c" < "ca", [1] < [1, 0] < [2])
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __bool__(self):
        print("bool", self.n)
        return True
print(Loud(1) < Loud(2) < Loud(0))
res = Loud(1) < Loud(2)
print(res)
try:
    1 < "a" < 3
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 > 0 < 5 != 6 == 6)
a = [1, 2, 3]
print(1 in a not in [[1, 2]], 4 not in a)
print(None is None is not False)
