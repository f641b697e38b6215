a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)))
print({1, 2}.issubset(a), a.issuperset({1, 2}), {1, 9}.issubset(a), a.isdisjoint({10}))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {1}
c ^= {2, 3}
print(c)
print(a == {4, 3, 2, 1}, a != b)
