# iterator protocol edge cases: __next__ missing, StopIteration in for, exhausted
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "only"
o = Once()
print(list(o), list(o))
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
cd = CountDown(3)
print(list(cd), list(cd), sum(cd), max(cd), sorted(cd))
print(dict(zip(CountDown(2), "ab")), list(enumerate(CountDown(2), 1)))
it = iter(range(3))
for v in it:
    if v == 1:
        break
print(list(it))
class RaisesInside:
    def __iter__(self):
        yield 1
        raise ValueError("mid-iteration")
try:
    for v in RaisesInside():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)
def unpack():
    a, b = CountDown(2)
    return a, b
print(unpack())
print(next(iter("x")), list(iter([])), list(reversed(range(3))))
class GetitemStops:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(GetitemStops()))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], "ab")
print(list(z))
f = filter(None, [0, 1, "", "a"])
print(list(f))
