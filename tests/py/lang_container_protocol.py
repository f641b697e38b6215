# __contains__, __iter__ and the __getitem__ fallback, __reversed__
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
g = OnlyGetitem()
print(list(g), 20 in g, 25 in g, [x for x in g])
a, b, c = g
print(a, b, c)
class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in WithIter(), 5 in WithIter(), sorted(WithIter(), reverse=True))
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == "magic"
    def __iter__(self):
        raise AssertionError("not used")
print("magic" in WithContains(), "x" not in WithContains())
class Truthy:
    def __contains__(self, x):
        return [1]
print(1 in Truthy())
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(SeqRev())))
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 in 5
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Counter()), next(iter(Counter())))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e)
sentinel_calls = iter([1, 2, 0, 3])
print(list(iter(lambda: next(sentinel_calls), 0)))
class KeyGetitem:
    def __getitem__(self, k):
        return k
k = KeyGetitem()
print(k[1:2], k[1, 2], k[...], k["s"], k[::2])
