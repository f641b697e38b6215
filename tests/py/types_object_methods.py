o = object()
print(type(o).__name__, o.__class__ is object, object.__name__, object.__bases__, hash(o) == o.__hash__(), o.__eq__(o), o.__ne__(o), o.__eq__(1) is NotImplemented)
print(o.__lt__(o) is NotImplemented, o.__le__(o) is NotImplemented, o.__gt__(1) is NotImplemented, o.__ge__(None) is NotImplemented, str(o) == repr(o), format(o, "") == str(o))
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if isinstance(other, P):
            return self.v < other.v
        return NotImplemented
print(P(1) < P(2), P(2) > P(1), P(1).__gt__(P(2)), sorted([P(3), P(1)], key=lambda p: p.v)[0].v)
try:
    P(1) <= P(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
class Q:
    def __eq__(self, other):
        return isinstance(other, Q)
    __hash__ = object.__hash__
print(Q() == Q(), Q() != Q(), Q() == 1, Q() != 1, Q().__ne__(Q()), object.__ne__(Q(), Q()), object.__eq__(Q(), 1))
print(object.__lt__(1, 2), object.__ge__("a", "a"), object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
