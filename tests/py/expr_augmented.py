l = [1, 2]
m = l
l += [3]
print(l, m, l is m)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s *= 3
print(s)
d = {'a': [1]}
d['a'] += [2]
d['b'] = d.get('b', 0) + 5
d['b'] -= 1
print(d)
class C:
    pass
c = C()
c.x = 10
c.x *= 3
print(c.x)
arr = [0, 0, 0]
for i in range(3):
    arr[i] += i * i
print(arr)
n = 2
n **= 10
print(n)
