print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 3.0 - 2.9)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-1.0, 3))
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -2, 4 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan)
print(1.0 / 3.0 * 3.0, 0.1 * 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(abs(-2.5), -(-0.0), 0.0 == -0.0)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
