print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -2, 10 ** -1)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(7, -1, 13))
print(pow(-3, 3, 7), pow(5, 0, 1))
print(7 ** 77)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modexp(3, 200, 10 ** 9 + 7) == pow(3, 200, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
