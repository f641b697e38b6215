class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): 'first'}
d[Key(1, 2)] = 'second'
d[Key(2, 1)] = 'third'
print(len(d), d[Key(1, 2)])
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s))
class Unhashable:
    def __eq__(self, o):
        return False
try:
    {Unhashable()}
except TypeError as e:
    print('TypeError:', e)
class Default:
    pass
a = Default()
print(a == a, a == Default(), len({a, a}))
print(hash(7), hash((1, 2)) == hash((1, 2)), hash(-1))
