import sys
m = sys.maxsize
print(m == 2 ** 63 - 1)
print(m + 1, -m - 2, m * m)
print((m + 1) // 2 == 2 ** 62)
print(2 ** 63 - 1 - m, -(2 ** 63) // -1)
vals = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63), -(2 ** 63) - 1]
for v in vals:
    print(v, v + 1, v - 1, v * 3, v // 7, v % 1000)
x = 1
for i in range(70):
    x *= 2
print(x, x >> 69, -x >> 69)
print(abs(-(2 ** 63)), -(-(2 ** 63)))
