def f(a, *, key, reverse=False):
    return sorted(a, key=key, reverse=reverse)
print(f([3, -1, 2], key=abs))
print(f([3, -1, 2], key=abs, reverse=True))
try:
    f([1], abs)
except TypeError as e:
    print('TypeError:', e)
try:
    f([1])
except TypeError as e:
    print('TypeError:', e)
def g(*args, sep='-'):
    return sep.join(args)
print(g('a', 'b'), g('a', 'b', sep='+'))
def h(pos, /, both, *, kw):
    return pos, both, kw
print(h(1, 2, kw=3), h(1, both=2, kw=3))
try:
    h(pos=1, both=2, kw=3)
except TypeError as e:
    print('TypeError:', e)
