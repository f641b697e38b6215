class D(dict): pass
x = D.fromkeys("ab", 0)
print(type(x).__name__, x, type(dict.fromkeys("a")).__name__, {}.fromkeys("q"), type(D().fromkeys("z")).__name__)
from collections import OrderedDict, defaultdict, Counter
print(type(OrderedDict.fromkeys("ab")).__name__, OrderedDict.fromkeys("ab"))
class E(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
print(E.fromkeys("ab", 1))
