# types.MethodType(function, instance) builds a bound method by hand, with
# CPython's errors for a bad call.
import types
class A:
    def __init__(self, n): self.n = n
    def __exit__(self, *a): return ('exit', self.n, a)
a = A(7)
m = types.MethodType(A.__exit__, a)
print(m(1, 2), m.__self__ is a, m.__func__ is A.__exit__)
print(types.MethodType(len, [1, 2])())
def free(self, k): return self.n * k
m2 = types.MethodType(free, A(3))
print(m2(5), type(m2) is types.MethodType, m2 == types.MethodType(free, m2.__self__))
for args in [(1, a), (free, None), (free,), (free, a, 3)]:
    try: types.MethodType(*args)
    except TypeError as e: print('TypeError:', e)
try: types.MethodType(free, a, x=1)
except TypeError as e: print('TypeError:', e)
