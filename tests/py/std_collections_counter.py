from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()), ''.join(Counter('aab').elements()))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(a=1, b=3), Counter(['p', 'q', 'p']))
c.update('aaz')
c.update({'z': 10})
print(c)
c.subtract('aaaa')
c.subtract(b=5)
print(c)
del c['r']
del c['nothere']
print(c)
x = Counter(a=3, b=1, c=-2)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y, +x, -x)
print(x == Counter(a=3, b=1, c=-2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(Counter(a=2) < Counter(a=2), Counter(a=1, b=1) >= Counter(a=1))
x += y
print(x)
x -= Counter(a=100)
print(x)
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), wc.copy(), dict(wc))
print(sorted(Counter('hello world').items()))
print(sum(Counter('aabbbc').values()), list(Counter('zyx')))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(a=0, b=-1), Counter(a=1) + Counter(a=-1))
