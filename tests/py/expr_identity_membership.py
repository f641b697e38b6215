l = [1, 2, 3]
print(2 in l, 5 in l, 5 not in l)
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc')
d = {'k': 1}
print('k' in d, 1 in d, 'k' not in d)
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)])
print(None is None, [] is [], () == ())
x = y = []
print(x is y)
print(1 in {1, 2}, frozenset([1]) in {frozenset([1])})
