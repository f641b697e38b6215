# repr() of instances of subclasses of built-in types: set, frozenset and
# bytearray name the subclass; the others show the built-in form.
class S(set): pass
class F(frozenset): pass
class B(bytearray): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
class I(int): pass
class Fl(float): pass
class St(str): pass
class By(bytes): pass
class C(complex): pass

for v in [S(), S({1}), F(), F({2}), B(), B(b'ab'), L([1]), D(a=1), T((1,)),
          I(3), Fl(2.5), St('x'), By(b'q'), C(1j)]:
    print(type(v).__name__, repr(v), str(v), f"{v!r}")

# Called through the class, with the instance as self.
print(set.__repr__(S({3})), frozenset.__repr__(F()), bytearray.__repr__(B(b'z')))
print(bytes.__repr__(By(b'y')))

# Results of set operations on a subclass are plain sets.
s = S({1, 2})
print(repr(s.copy()), repr(s | {3}), repr(s - {1}))

# A nested subclass, and a subclass that overrides __repr__.
class S2(S): pass
print(repr(S2({'a'})), [S2()])
class R(set):
    def __repr__(self):
        return 'R!' + set.__repr__(self)
print(repr(R({5})), str(R()))
