inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), str(nan))
print(inf == inf, inf == -inf, nan < 1, nan > 1, nan == 0)
print(min(inf, 5), max(-inf, -5))
print([inf, nan, -0.0])
print(1 / inf, -1 / inf)
print(inf * -1, inf + inf, (inf - inf) != (inf - inf))
x = -0.0
print(x, x == 0, str(x), repr(-0.0 * 1), 0.0 * -1)
print(float('-nan') != float('-nan'))
print(1e308 + 1e308, -1e308 - 1e308)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
