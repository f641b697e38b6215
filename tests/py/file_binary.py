# Binary files: bytes in and out, seek/tell, read sizes, readline on bytes.
import os

D = '_gilt_tmp_file_binary'
os.mkdir(D)
p = os.path.join(D, 'data.bin')

with open(p, 'wb') as f:
    print(type(f).__name__, f.mode)
    print(f.write(bytes(range(256))))
    print(f.write(bytearray(b'\nline two\n')))
    print(f.tell())
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode)
    data = f.read()
print(len(data), data[:5], data[-10:])
with open(p, 'rb') as f:
    print(f.read(4), f.tell())
    f.seek(250)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(0)
    f.seek(10, 1)
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.readline()[:12])
    print(f.readline(), f.readline(), f.readline())
with open(p, 'r+b') as f:
    print(type(f).__name__)
    f.seek(1)
    f.write(b'ZZ')
    f.seek(0)
    print(f.read(5))
with open(p, 'ab') as f:
    f.write(b'tail')
with open(p, 'rb') as f:
    print(f.read()[-8:])
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(3))
with open(p, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError:', e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(p, 'rb') as f:
    try:
        f.write(b'x')
    except OSError as e:
        print(type(e).__name__, e)
    print(list(f))
    try:
        f.seek(0, 7)
    except ValueError as e:
        print('ValueError:', e)
os.remove(p)
os.rmdir(D)
