a = 1; b = 2; c = a + b; print(c)
if c > 2: print('big'); print('yes')
for i in range(3): print(i, end=';')
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(4))
class P: v = 3
print(P.v)
