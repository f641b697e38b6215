import math
print(math.gcd(*range(12, 1000, 12)), math.gcd(2**200, 2**150 * 3, 2**170 * 5), math.gcd(-2**80, 0))
print(math.lcm(*range(1, 21)), math.lcm(*range(1, 50)) % 1000003, math.lcm(-3, -4), math.lcm(3, 0, 5))
print(math.gcd(7, 13, 0, 91), math.lcm(2**40, 3**20, 5**10))
print(math.comb(50, 25), math.comb(5, 6), math.comb(100, 0), math.comb(100, 100), math.comb(10**3, 500) % (10**9+7))
print(math.perm(5, 6), math.perm(20), math.perm(10, 0), math.perm(100, 3), math.perm(2**10, 2))
print(math.comb(True, False), math.perm(True))
class I:
    def __index__(self): return 6
print(math.comb(I(), 2), math.perm(I(), 2), math.factorial(I()), math.isqrt(I()), math.gcd(I(), 4), math.lcm(I(), 4))
for n in [2**64, 2**64 - 1, 2**64 + 1, 10**50, 3**100, 2**1000 + 12345]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) ** 2)
for bad in [lambda: math.factorial(10**100), lambda: math.comb("5", 2), lambda: math.perm(5, "2"),
            lambda: math.isqrt(2.0), lambda: math.gcd(1, 2.5), lambda: math.lcm("a", 1), lambda: math.factorial(-1),
            lambda: math.factorial(1.5), lambda: math.comb(5), lambda: math.perm(), lambda: math.comb(-1, -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum(math.comb(20, k) for k in range(21)) == 2**20)
print([math.factorial(k) for k in range(15)])
