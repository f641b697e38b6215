print([ord(c) for c in 'AZaz09 '])
print(''.join(chr(i) for i in range(65, 91)))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.isalpha():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print(ord('€'), chr(8364), ord('\n'))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
