a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, [q, *r]] = [0, [1, 2, 3]]
print(p, q, r)
print(*[1, 2], *'ab', 3)
print([*range(3), *[9, 8]])
print((*'hi',))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print({*[1, 2], *[2, 3]})
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2], *(3, 4)))
print(f(1, *[2, 3], d=4))
print(f(**{'a': 1, 'b': 2}, **{'c': 3, 'd': 4}))
a, b = b, a = 1, 2
print(a, b)
