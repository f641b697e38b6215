def sieve(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, n + 1, i):
                composite.add(j)
    return primes
p = sieve(200)
print(p)
print(len(sieve(5000)))
ps = set(p)
twins = sorted((a, a + 2) for a in ps if a + 2 in ps)
print(twins[:8])
