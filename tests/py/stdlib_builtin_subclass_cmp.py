# Comparisons and binary operators between instances of built-in subclasses.
class D(dict): pass
class L(list): pass
class T(tuple): pass
class S(str): pass
class B(bytes): pass
class FS(frozenset): pass
class ST(set): pass
class I(int): pass
class F(float): pass
print(D(a=1) == D(a=1), L([1]) == L([1]), T((1,)) == T((1,)), S("a") == S("a"), B(b"a") == B(b"a"))
print(FS([1]) == FS([1]), ST([1]) == ST([1]), I(3) == I(3), F(1.5) == F(1.5), D(a=1) != D(a=2))
print(L([1]) < L([2]), T((1,)) < T((2,)), L([1]) + L([2]), D(a=1) | D(b=2), {1} | FS([2]), ST([1, 2]) & ST([2, 3]))
print(I(3) + I(4), F(1.5) * F(2), S("ab") + S("cd"), B(b"x") + B(b"y"), T((1,)) + T((2,)), L([1]) * I(2))
print({"a": 1} == D(a=1), D(a=1) == {"a": 1}, [1] == L([1]), L([1]) == [1], (1,) <= T((1,)), "a" < S("b"))
class E(dict):
    def __eq__(self, other):
        if not isinstance(other, E):
            return NotImplemented
        return True
print(E() == {}, {} == E(), E(a=1) == {"a": 1}, E() != {}, E(a=1) == E(b=2))
class M(list):
    def __eq__(self, other):
        return NotImplemented
print(M([1]) == [1], [1] == M([1]), M() != [], M([1]) == M([1]))
from collections import Counter, OrderedDict, defaultdict
print(Counter() == {}, {} == Counter(), Counter(a=1) == {"a": 1}, Counter(a=1) == Counter(a=1, b=0))
print(OrderedDict(a=1) == {"a": 1}, defaultdict(int, a=1) == {"a": 1}, defaultdict(int) == defaultdict(list))
print(sorted([L([3]), L([1]), L([2])]), max(T((1, 2)), T((1, 3))), min(S("b"), S("a")))
from collections import UserList, UserString
class R:
    def __radd__(self, other):
        return ("radd", other)
print([1] + R(), (1,) + R(), "s" + R(), [1] + UserList([2]), "a" + UserString("b"), type("a" + UserString("b")).__name__)
class MyInt(int): pass
for op in [lambda: "ab".__add__(1), lambda: [1].__add__(2.5), lambda: "ab" + MyInt(3), lambda: [1] + 1, lambda: (1,) + None]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
