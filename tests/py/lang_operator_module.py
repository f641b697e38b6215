# operator module functions applied to user classes
import operator
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __getitem__(self, k):
        return self.v * k
    def __neg__(self):
        return V(-self.v)
    def __repr__(self):
        return "V(%r)" % self.v
    def double(self, times=2):
        return V(self.v * times)
a, b = V(2), V(5)
print(operator.add(a, b), operator.lt(a, b), operator.eq(a, V(2)), operator.getitem(a, 3), operator.neg(a))
print(operator.attrgetter("v")(a), operator.itemgetter(2)(a), operator.methodcaller("double", times=5)(a))
print(sorted([V(3), V(1), V(2)]), sorted([V(3), V(1)], key=operator.attrgetter("v"), reverse=True))
print(operator.truth(a), operator.not_(a), operator.is_(a, a), operator.contains([1, 2], 2))
print(operator.itemgetter(0, 2)("abc"), operator.attrgetter("v", "v")(a))
x = [1]
operator.iadd(x, [2])
print(x, operator.index(5), operator.concat([1], [2]), operator.mul("ab", 2))
class Obj:
    pass
o = Obj()
o.child = Obj()
o.child.name = "nested"
print(operator.attrgetter("child.name")(o))
try:
    operator.add(a, 1)
except AttributeError as e:
    print(type(e).__name__, e)
