class Outer:
    class Inner:
        def hello(self):
            return 'inner hello'
    def make(self):
        return self.Inner()
print(Outer().make().hello(), Outer.Inner.__name__, Outer.Inner.__qualname__)
class Methods:
    def __init__(self):
        self.f = lambda: 'instance lambda'
    def g(self):
        return 'method'
m = Methods()
print(m.f(), m.g())
bound = m.g
print(bound(), bound.__self__ is m)
unbound = Methods.g
print(unbound(m))
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)
