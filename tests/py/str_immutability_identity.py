a = 'abc'
b = a
a += 'd'
print(a, b)
s = 'hello'
t = s.upper()
print(s, t)
u = s.replace('l', 'L')
print(s, u)
print(type('x').__name__, str is type('x'))
print(len(''), '' == str())
