def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
