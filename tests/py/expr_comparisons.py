print(1 < 2, 2 < 1, 1 <= 1, 'abc' < 'abd', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'))
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1,) == (1,))
print(None == None, None == 0, None != False)
print(1 == 1.0, 0.1 + 0.2 == 0.3, float('nan') == float('nan'))
a = [1]
b = [1]
print(a == b, a is b, a is not b, a is a)
print({'a': 1} == {'a': 1}, {1, 2} == {2, 1}, {1: 2} != {1: 3})
print(max([3, 1, 2]), min('hello'))
print((1, 2, 3) > (1, 2), [] < [0])
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
