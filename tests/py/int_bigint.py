print(2 ** 200)
print(-(2 ** 200))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
print(fact(100) // fact(98))
print(2 ** 100 - 2 ** 99, 2 ** 64 + 1, (2 ** 64) * (2 ** 64))
a = 123456789123456789123456789
b = 987654321987654321
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(divmod(a, -b))
print(a == a + 0, a > b, -a < -b, 2 ** 63 == 9223372036854775808)
print(len(str(3 ** 1000)), str(3 ** 1000)[:20])
print(int('9' * 40) + 1)
print(abs(-(10 ** 30)), -(10 ** 30) + 10 ** 30)
