# *args / **kwargs unpacking at call sites and their errors
def show(*a, **k):
    return a, sorted(k.items())
print(show(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(show(*"ab", *range(2), k=1))
print(show(*{"z": 1}))
def f(a, b):
    return a, b
print(f(*[1], **{"b": 2}))
for bad in (lambda: show(*5), lambda: show(**5), lambda: show(**{1: 2}),
            lambda: show(**{"x": 1}, **{"x": 2}), lambda: show(x=1, **{"x": 2}),
            lambda: f(*[1, 2, 3]), lambda: f(1, *[2], **{"a": 0}), lambda: show(*None)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))
print({**{"a": 1}, **{"a": 2, "b": 3}}, [*range(3), *"xy"], (*[1], 2), {*[1, 2], *[2, 3]})
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*1]
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
print(show(*gen()))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
