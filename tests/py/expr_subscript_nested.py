m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], m[0][::-1])
print([row[1] for row in m])
d = {'a': {'b': {'c': [10, 20, 30]}}}
print(d['a']['b']['c'][1])
d['a']['b']['c'][1] = 99
print(d)
t = ((1, 2), (3, (4, 5)))
print(t[1][1][0])
s = ['hello', 'world']
print(s[1][0], s[0][1:4])
print('abc'[1]['0' == '0' and 0])
