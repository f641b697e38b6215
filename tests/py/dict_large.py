d = {}
for i in range(20000):
    d[i] = i * i
print(len(d), d[19999], sum(d.values()) % 1000007)
for i in range(0, 20000, 2):
    del d[i]
print(len(d), list(d)[:5], 100 in d, 101 in d)
for i in range(5):
    d[i] = 'new'
print(list(d)[-5:])
s = {str(i): i for i in range(1000)}
print(s['999'], len(s), list(s)[:3])
