# Memoised recursion, exact arithmetic and combinatorics.
import math
from functools import lru_cache, reduce
from itertools import combinations, permutations, product

@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print([partitions(n, n) for n in range(15)], partitions(60, 60))
print(partitions.cache_info().currsize > 0)

@lru_cache(maxsize=None)
def catalan(n):
    return 1 if n < 2 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))

print([catalan(n) for n in range(12)], all(catalan(n) == math.comb(2 * n, n) // (n + 1) for n in range(30)))
print(reduce(math.lcm, range(1, 21)), reduce(math.gcd, [84, 126, 210]))
print(sum(1 for a, b, c in combinations(range(1, 30), 3) if a * a + b * b == c * c))
print(len(set(permutations('aabbc'))), math.factorial(5) // (math.factorial(2) ** 2))
print(sum(math.prod(t) for t in product(range(1, 4), repeat=3)))
print(math.isqrt(2 * 10 ** 40), math.fsum([0.1] * 100), math.dist((1, 1), (4, 5)))
primes = [n for n in range(2, 60) if all(n % p for p in range(2, math.isqrt(n) + 1))]
print(primes, math.prod(primes[:8]))
