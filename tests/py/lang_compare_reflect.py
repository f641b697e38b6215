# rich comparison reflection and fallbacks
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return NotImplemented if not isinstance(o, V) else self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return NotImplemented if not isinstance(o, V) else self.v > o.v
print(V(1) < V(2))
print(V(1) > V(2))
try:
    print(3 < V(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __eq__(self, o):
        print("E.eq")
        return NotImplemented
print(E() == E(), E() != E())
x = E()
print(x == x)
class Sub(V):
    def __gt__(self, o):
        print("Sub.gt")
        return True
print(V(1) < Sub(0))
class Ne:
    def __eq__(self, o):
        return "custom-eq"
print(Ne() == 1, Ne() != 1)
class ExplicitNe:
    def __ne__(self, o):
        return "custom-ne"
print(ExplicitNe() != 1, ExplicitNe() == 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print([V(2)] == [V(2)], sorted([3, 1, 2], reverse=True))
try:
    sorted([V(1), 3])
except TypeError as e:
    print(type(e).__name__, e)
