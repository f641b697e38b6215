for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        print(a, b, a // b, a % b, divmod(a, b))
print(10 ** 25 // 7, -(10 ** 25) // 7, 10 ** 25 % -7)
try:
    5 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(7 / 2, -7 / 2, 10 / 5, 1 / 3)
print(2 ** 70 / 2 ** 69)
