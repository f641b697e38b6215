import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10), 4)), list(islice(count(1, 3), 4)), list(islice(count(0.5, 0.25), 3)))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(-3, -1)))
print(list(zip(count(1), 'abc')), list(islice(count(2**64), 2)))
print(list(islice(cycle('ABC'), 7)), list(cycle([])), list(islice(cycle(range(2)), 5)))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), repr(repeat('a', 2)), repr(repeat(None)))
r = repeat(7, 3)
next(r)
print(repr(r), list(r), repr(r))
print(list(map(pow, range(5), repeat(2))), list(zip(range(3), repeat('z'))))
for bad in [lambda: cycle(5), lambda: count('a'), lambda: repeat(1, 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
