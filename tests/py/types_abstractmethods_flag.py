# object.__new__ refuses a class whose __abstractmethods__ is non-empty (the
# flag abc.ABCMeta relies on), with CPython's message; the flag follows the
# value's truth and is not inherited.
class A:
    def __init__(self, x=1): self.x = x
A.__abstractmethods__ = frozenset({'b', 'a'})
for f in (lambda: A(), lambda: A(2), lambda: object.__new__(A)):
    try: f(); print("made")
    except TypeError as e: print(e)
A.__abstractmethods__ = frozenset({'only'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = ()
print(A().x)
A.__abstractmethods__ = ['z']
class B(A): pass
print(B().x)
del A.__abstractmethods__
print(A().x)
class I(int): pass
I.__abstractmethods__ = {'q'}
print(I(3))
