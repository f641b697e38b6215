def noisy(n):
    for i in range(n):
        print('  produce', i)
        yield i
print('zip:')
for a, b in zip(noisy(3), 'xy'):
    print('pair', a, b)
print('map:')
m = map(lambda v: v * 10, noisy(2))
print('map created')
print(list(m))
print('enumerate:')
for i, v in enumerate(noisy(2), start=1):
    print(i, v)
print('filter:')
print(list(filter(None, noisy(3))))
