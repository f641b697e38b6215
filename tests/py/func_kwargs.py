def f(a, b, c=3):
    return [a, b, c]
print(f(1, 2), f(a=1, b=2), f(c=0, b=1, a=2), f(1, c=9, b=8))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(), kw(x=1, y=2))
def mix(a, *args, **kwargs):
    return a, args, sorted(kwargs)
print(mix(1, 2, 3, k=4, j=5))
for bad in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, a=1, b=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
