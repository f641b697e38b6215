t = (1, 'two', 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3])
print((), (1,), tuple(), tuple('ab'), (1, 2) + (3,), (0,) * 3)
print(t.count(1), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
try:
    (1, 2).index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
a, b, *c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99))
print(hash((1, 2)) == hash((1, 2)))
nested = ([1], [2])
nested[0].append('mutated inside tuple')
print(nested)
print(type((1)).__name__, type((1,)).__name__)
