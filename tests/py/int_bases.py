for n in [0, 1, 255, -255, 1024, 2 ** 70]:
    print(n, hex(n), oct(n), bin(n))
print(int('-0x1a', 16), int('0o17', 0), int('0b101', 0), int('12', 0), int('Z', 36), int('10', 3))
for bad in ['', '1.5', '0x', 'abc', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
print(int('  -42\n'), int('+7'))
print(f'{255:x}' if False else hex(255)[2:].upper())
