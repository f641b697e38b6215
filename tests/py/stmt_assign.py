a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [0] * 5
l[1], l[3] = 'one', 'three'
print(l)
i = 0
i, l[i] = 2, 'x'
print(i, l)
t = 1,
print(t)
(a), [b] = 5, [6]
print(a, b)
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
