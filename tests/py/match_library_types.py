# namedtuple, mapping/attribute errors propagating, dict views, self-matching str/list.
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
print(Pt.__match_args__)
match Pt(1, 2):
    case Pt(x, y=2): print("nt", x)
match Pt(1, 2):
    case (a, b): print("nt as seq", a, b)
def boom():
    raise KeyError("subject")
try:
    match boom():
        case _: pass
except KeyError as e:
    print("subject raised", e)
class G(dict):
    def get(self, k, d=None):
        raise RuntimeError("get failed")
try:
    match G(a=1):
        case {"a": 1}: pass
except RuntimeError as e:
    print(e)
match G(a=1):
    case {}: print("empty mapping pattern does not call get")
class A:
    @property
    def x(self): raise ValueError("prop")
try:
    match A():
        case A(x=1): pass
except ValueError as e:
    print("attr error propagates:", e)
match {}.keys():
    case [*_]: print("keys is seq?")
    case _: print("dict_keys is not a sequence")
match "abc":
    case str(x) if x: print("str self", x)
match [1, 2, 3]:
    case list([1, *rest]): print(rest)
from array import array
from collections import ChainMap, deque, Counter, OrderedDict


class D(deque):
    pass


match array("i", [1, 2, 3]):
    case [1, *r]:
        print("array is a sequence", r)
match ChainMap({"a": 1}, {"b": 2}):
    case {"b": b, **rest}:
        print("ChainMap is a mapping", b, rest)
match D([4]):
    case [x]:
        print("deque subclass", x)
match Counter("aab"):
    case {"a": n, **others}:
        print("Counter", n, others)
