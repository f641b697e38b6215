from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], bool(d), bool(deque()), deque(), deque('ab'))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d, d.count(7), d.index(7), 8 in d, 99 in d)
d.remove('a')
d.insert(1, 'x')
print(d)
d[0] = 'first'
del d[1]
print(d, d.index(2, 1), d.maxlen)
d.reverse()
print(d)
d.clear()
print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(5)
print(m)
m.appendleft(-1)
print(m)
m.extend(range(10, 13))
print(m)
m.extendleft([100, 200])
print(m, deque(maxlen=0), deque([1, 2], 0))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
total = 0
while q:
    total += q.popleft() if len(q) % 2 else q.pop()
print(total)
a = deque([1, 2])
b = deque([1, 2])
print(a == b, a == [1, 2], a < deque([1, 3]), a + b, a * 2, 3 * a, a.copy(), a.copy() is a)
a += [5]
a *= 2
print(a)
nested = deque([deque([1]), [2]])
print(nested)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1], -1),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: hash(deque()), lambda: deque([1]) + [2],
            lambda: deque()['a'], lambda: deque([1, 2], maxlen='x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
