# __hash__ = None, __eq__ without __hash__, custom hashing
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])
class Child(Point):
    pass
print(hash(Child(1, 2)) == hash(Point(1, 2)))
class ChildEq(Point):
    def __eq__(self, o):
        return False
try:
    hash(ChildEq(1, 1))
except TypeError as e:
    print(type(e).__name__, e)
class Restore(Point):
    def __eq__(self, o):
        return True
    __hash__ = Point.__hash__
print(hash(Restore(1, 2)) == hash((1, 2)))
class Plain:
    pass
a = Plain()
print(hash(a) == hash(a), a == a, a != Plain())
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
