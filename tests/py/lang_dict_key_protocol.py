# dict/set key protocol: __hash__ and __eq__ calls, identity shortcut, NaN
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name
a, b, c = Key("a", 1), Key("b", 1), Key("a", 1)
d = {a: 1}
d[b] = 2
print(len(d))
print(d[c])
print(a in d, c in {a})
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], {nan: 1}.get(nan))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
x = AlwaysEq()
print(x in [1, 2], [1, x].index(x), [1, 2].count(x) if False else "skip")
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s)
print({1: "a", 1.0: "b", True: "c"})
