# keyword arguments with unusual names and introspection of signatures
def f(**kw):
    return sorted(kw)
print(f(**{"class": 1, "def": 2, "with space": 3, "": 4}))
def g(a, b):
    return a - b
print(g(b=1, a=5), g(**{"a": 10, "b": 3}))
print(dict(a=1, **{"b": 2}), dict({"c": 3}, d=4))
class K:
    def __init__(self, **attrs):
        for k, v in attrs.items():
            setattr(self, k, v)
k = K(x=1, y=2)
print(k.x, k.y, sorted(vars(k)))
def pos_kw_same_name(a, /, **kw):
    return a, kw
print(pos_kw_same_name(1, a=2))
try:
    g(1, 2, a=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(c=1)
except TypeError as e:
    print(type(e).__name__, e)
def many_defaults(a=1, b=2, c=3, d=4):
    return a, b, c, d
print(many_defaults(d=40, b=20), many_defaults(*[9], **{"c": 30}))
