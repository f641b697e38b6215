# positional-only, keyword-only arguments and their error messages
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2, 3, d=4, z=1),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, d=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, y=1):
    pass
for call in (lambda: g(), lambda: g(1, 2, 3), lambda: g(1, x=1), lambda: g(1, q=2), lambda: g(y=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def kw_only(*, a, b, c):
    pass
try:
    kw_only(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_only(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def none():
    pass
try:
    none(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    none(a=1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def m(self, a):
        pass
try:
    K().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    K().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    K.m()
except TypeError as e:
    print(type(e).__name__, e)
def po(a, /, **kw):
    return a, kw
print(po(1, a=2))
def many(a, b, c):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
def opt(a, b=1, c=2):
    pass
try:
    opt(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    opt()
except TypeError as e:
    print(type(e).__name__, e)
