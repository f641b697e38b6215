l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [100]
print(l)
l[::2] = ['E'] * len(l[::2])
print(l)
del l[1:4]
print(l)
l[1:1] = 'xyz'
print(l)
m = [1, 2, 3, 4, 5, 6]
del m[::2]
print(m)
m[:] = []
print(m)
try:
    n = [1, 2, 3]
    n[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
k = [0] * 3
k[-1] = 'last'
print(k)
