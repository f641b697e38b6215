# operator tokens
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2
print(x)
y = 0b1111
y &= 0b1010; y |= 0b0001; y ^= 0b0100; y <<= 3; y >>= 1
print(y)
z = 7.0
z /= 2
print(z)
print(-a, +a, not a)
print([1,2,3][-1], (lambda q: q)(4))
