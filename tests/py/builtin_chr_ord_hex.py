print(chr(65), chr(0x263A), ord('a'), ord('é'), ord('😀'))
print(hex(0), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
