print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('xyz'), max((1, 'b'), (1, 'a')))
print(max([], default=None), min((), default='none'))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([1, 3, 3], key=lambda x: x), max([(1, 'first'), (1, 'second')], key=lambda p: p[0]))
print(sum([]), sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(10), 5))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
