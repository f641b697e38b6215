a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b, a | {}, {} | a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
c |= (("v", -1),)
print(c)
class D(dict):
    pass
d = D(p=1)
print(type(d | a).__name__, type(a | d).__name__, d | a, a | d)
d |= {"q": 2}
print(d)
from collections import OrderedDict
o = OrderedDict(a=1)
print(type(o | {"b": 2}).__name__, o | {"b": 2}, type({"b": 2} | o).__name__)
for f in [lambda: a | [("k", 1)], lambda: a | 5, lambda: [1] | a, lambda: a.__ior__(5), lambda: a.__or__([])]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
