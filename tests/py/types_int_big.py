import sys
n = 2 ** 100000
s = str(n) if sys.get_int_max_str_digits() == 0 else None
print(n.bit_length(), n.bit_count())
sys.set_int_max_str_digits(0)
s = str(n)
print(len(s), s[:20], s[-20:])
print(len(str(3 ** 20000)), len(str(-(7 ** 5000))))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
print(hex(2 ** 200)[:10], len(hex(2 ** 100000)), len(bin(3 ** 1000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    print(str(10 ** 640))
except ValueError as e:
    print(e)
print(len(str(10 ** 639)))
sys.set_int_max_str_digits(0)
a = 3 ** 5000
b = 7 ** 3000
print((a * b) % 1000007, (a // b) % 1000007, (a % b) % 1000007, divmod(a, b)[1] % 97)
print((a - b) % 10**9, (-a // b) % 10**9, a.bit_length(), (a ^ b).bit_count())
print(int(str(a)) == a, int(hex(a), 16) == a, int(oct(b), 8) == b)
