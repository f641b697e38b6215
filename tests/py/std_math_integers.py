import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 30))
print(math.gcd(0, 0), math.gcd(0, 7), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**64, 3**40))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**40 + 1, 2**127 - 1]:
    print(n, math.isqrt(n))
for n in [0, 1, 5, 10, 20, 21, 30, 50]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(7), math.perm(4, None))
print(math.comb(100, 50), math.comb(60, 30) == math.factorial(60) // math.factorial(30) ** 2)
print(math.perm(30, 15), math.comb(10**12, 2), math.comb(0, 0))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 25)), math.prod([1.5, 2]))
print(math.prod([2, 3], start=10), math.prod(['ab'], start=3), math.prod(iter([2, 2, 2])))
print(math.prod([[1]], start=3))
for bad in [lambda: math.gcd('a'), lambda: math.lcm(1.0), lambda: math.isqrt(-5),
            lambda: math.factorial(-3), lambda: math.comb(3, 1.0), lambda: math.comb(-2, 1),
            lambda: math.comb(2, -1), lambda: math.perm(3, -2), lambda: math.perm(-3, 2),
            lambda: math.comb(1), lambda: math.perm(1, 2, 3), lambda: math.prod(5),
            lambda: math.prod([1, 'a']), lambda: math.prod([], begin=2),
            lambda: math.factorial(2.0), lambda: math.isqrt('9')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
