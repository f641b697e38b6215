print(len('abc'), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'xy'))
r = range(10, 0, -3)
print(r, list(r), len(r), r[0], r[-1], 4 in r, 5 in r)
print(range(5), range(1, 5), range(0, 10, 2), list(range(0)), list(range(5, 0)))
print(list(range(-5, 5, 4)), list(range(5, -5, -4)), len(range(0, 100, 7)))
print(range(10)[2:8:2], range(10)[::-1])
print(range(0, 10) == range(0, 10), sum(range(1, 101)))
print(range(3).index(2), range(0, 20, 5).count(10))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(5)[5]
except IndexError as e:
    print('IndexError:', e)
