# subclassing list and dict (overrides are not used by the C fast paths)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s == [1, 2, 3])
print(type(s + [4]).__name__, type(s[:1]).__name__, s * 2)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return ("got", r)
lg = Logged()
lg.append(1)
lg.extend([2])
print(lg, lg[0], list(lg), len(lg))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, dict(a))
try:
    a.zz
except AttributeError as e:
    print(type(e).__name__, e)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
print(u, Upper({"b": 2}), type(u.copy()).__name__)
class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
o = Ordered(b=1, a=2)
print(o.keys(), list(o))
class Sized(list):
    def __len__(self):
        return 42
print(len(Sized([1])), bool(Sized()), Sized([1, 2]))
class Eq(list):
    def __eq__(self, o):
        return "list-eq"
print(Eq() == [], [] == Eq())
class Init(list):
    def __init__(self, *args):
        super().__init__(args)
print(Init(1, 2, 3), Init())
class D2(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = "e"
d = D2(k=1)
print(d, d.extra, d.get("k"))
