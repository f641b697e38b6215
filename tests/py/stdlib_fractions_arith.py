from fractions import Fraction as F
import math
import sys


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b // a, b % a, divmod(b, a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, a // 2, 7 // a, a % 2, 7 % a)
print(a + True, a * False, divmod(7, a), divmod(a, -2))
print(a + 0.5, 0.5 + a, a - 0.25, a * 2.0, a / 0.5, 0.3 / a, a // 0.25, 2.5 // a, a % 0.5, 1.5 % a)
print(divmod(a, 0.5), divmod(-a, 0.25), divmod(2.0, a), a % -0.5)
print(a + 1j, 1j + a, a * (1 + 2j), (1 + 2j) / a, a - 2j)
for op in ['//', '%']:
    show(lambda: eval('a %s 1j' % op))
    show(lambda: eval('1j %s a' % op))
show(lambda: divmod(a, 1j))
for bad in [lambda: a / 0, lambda: F(0) / 0, lambda: b / F(0), lambda: 5 / F(0), lambda: a // 0,
            lambda: a % 0, lambda: 1 % F(0), lambda: divmod(a, 0), lambda: F(0) ** -1,
            lambda: F(0) ** -2, lambda: a + 'x', lambda: 'x' * a, lambda: a < 1j, lambda: a < 'x',
            lambda: a / 0.0, lambda: pow(a, 2, 5), lambda: a & 1, lambda: [1, 2][F(1)]]:
    show(bad)
for e in [0, 1, 2, 3, -1, -2, -3, F(2), F(-1), F(1, 2), F(-1, 3), 0.5, 2.0, 1 + 1j]:
    print(e, repr(a ** e), repr(b ** e) if isinstance(e, int) or (isinstance(e, F) and e.denominator == 1) else '-')
print(2 ** F(1, 2), 2 ** F(3), 2 ** F(-2), 4.0 ** F(1, 2), 9 ** F(1, 2), 1.5 ** F(2), (1 + 1j) ** F(2), F(4) ** F(1, 2))
print(F(-8, 27) ** 3, F(-2, 3) ** -3, F(0) ** 0, F(1, 10) ** 20)
vals = [F(1, 2), F(-7, 3), F(0), F(5), 0, 3, -1, 0.5, -2.25, float('inf'), float('-inf'), float('nan'), True]
for x in vals[:4]:
    print([(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in vals])
    print([(y < x, y <= x, y == x, y > x, y >= x) for y in vals])
print(F(1) == 1 + 0j, F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, F(2) == True, F(1) == True, F(1, 2) == 'x')
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), -1, 0.3]), max(F(1, 3), 0.3), min(2, F(5, 2)))
for x in [F(1, 2), F(-1, 2), F(1, 3), F(-1, 3), F(5), F(-1), F(7, 4), F(1, 2 ** 61 - 1), F(-1, 2 ** 61 - 1),
          F(2 ** 61 - 1), F(10 ** 30, 7), F(-10 ** 30, 7), F(0)]:
    print(hash(x), hash(x) == hash(float(x)) if x.denominator & (x.denominator - 1) == 0 else '-')
print(hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), hash(F(3, 8)) == hash(0.375), len({F(1, 2), 0.5, F(2, 4)}))
print({F(1, 2): 'half', F(3): 'three'}[0.5], {F(1, 2): 'half', F(3): 'three'}[3])
print(sys.hash_info.modulus == 2 ** 61 - 1)
for x in [F(p, q) for p in range(-11, 12, 3) for q in (1, 2, 4, 10)]:
    print(x, round(x), round(x, 1), round(x, 0), round(x, -1), math.floor(x), math.ceil(x), int(x))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(12345, 100), 1), round(F(12345, 100), -1), round(F(25, 1000), 2))
print(type(round(F(5, 2))).__name__, type(round(F(5, 2), 0)).__name__, F(7, 2).__round__(None))
total = F(0)
for k in range(1, 30):
    total += F(1, k)
print(total, float(total))
print(sum([F(1, 3)] * 3), sum([F(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)
x = F(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print(x, float(x), x * x - 2 < F(1, 10 ** 100))
