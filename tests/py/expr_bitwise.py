for a, b in [(12, 10), (-12, 10), (255, -1), (0, 7)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -256 >> 4)
print(0xFF & ~0x0F, bin(0b1100 ^ 0b1010))
big = (1 << 70) - 1
print(big & 0xFFFF, big | 1, big ^ big)
print(-(1 << 70) & 0xFF, (-(1 << 70)) >> 65)
print(True & False, True | False, True ^ True)
