i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while-else ran')
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print('not printed')
print('n =', n)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
k = 10
while k:
    k -= 3 if k > 2 else 1
print(k)
