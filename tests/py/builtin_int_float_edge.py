print(int(' 0b101 ', 0), int('0_7'), int('-0x10', 16), int(' +1_000 '))
print(float('.5'), float('5.'), float('-.5e1'), float('+1E2'))
print(int(1e18), int(-1.999), int(2 ** 0.5 * 1000))
print(bool('False'), bool(0.0), bool(' '))
try:
    int('1', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
