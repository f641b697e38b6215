for i in range(3):
    print(i, end=' ')
print()
for ch in 'hey':
    print(ch.upper(), end='')
print()
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
for i in range(10):
    if i == 5:
        break
    if i % 2:
        continue
    print('even', i)
else:
    print('not reached')
for i in []:
    print('never')
else:
    print('empty else')
for x in range(3):
    pass
print('after loop x =', x)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for a, *rest in [[1, 2, 3], [4]]:
    print(a, rest)
for i in range(2):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
