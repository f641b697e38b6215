s = 'naïve café ☕'
b = s.encode('utf-8')
print(b)
print(len(s), len(b))
print(b.decode('utf-8') == s)
print('abc'.encode(), 'abc'.encode('ascii'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError')
print(bytes([104, 105]), bytes(3), list(b'\x00\x7f\x80'))
print(b'hello'.upper() if False else b'hello'[1:3].decode())
