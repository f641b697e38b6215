def f(): pass
class K:
    def __call__(self): pass
class L: pass
for o in [f, K, K(), L(), print, len, 1, 'x', lambda: 0, str.upper]:
    print(callable(o), end=' ')
print()
print(isinstance(3, (str, int)), isinstance('x', (list, tuple)), isinstance(K(), K))
print(issubclass(int, object), issubclass(str, (int, str)))
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
