print(pow(3, 200, 1000000007), pow(2, 10**18, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(10, -1, 17), pow(38, -1, 97), pow(2, -3, 11), pow(-2, -1, 9))
print(pow(123456789, -1, 10**9 + 7) * 123456789 % (10**9 + 7))
print(pow(2, 0, 1), pow(0, 0, 5), pow(5, 1, 1), pow(2**100, 2**50, 2**61 - 1))
for a, m in [(2, 4), (6, 9), (0, 3)]:
    try:
        print(pow(a, -1, m))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, -2), pow(-2, 3), pow(2, 0.5))
print(10 ** 30, (-10) ** 31, 7 ** 0, (2 ** 64) ** 2)
