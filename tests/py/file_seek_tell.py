# Text-file positions: tell() after reads and writes, seek() back to a tell().
import os
import io

D = '_gilt_tmp_file_seek_tell'
os.mkdir(D)
p = os.path.join(D, 's.txt')

with open(p, 'w') as f:
    print(f.tell())
    f.write('alpha\nbeta\n')
    print(f.tell())
    f.write('gamma\n')
    print(f.tell())

with open(p) as f:
    print(f.tell())
    f.readline()
    pos = f.tell()
    print(pos)
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(3)), f.tell())
    print(f.seek(0, 1))
    try:
        f.seek(2, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        f.seek(-1, 2)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)

with open(p, 'r+') as f:
    f.readline()
    f.write('BETA\n')
    f.seek(0)
    print(f.read())

with open(p, 'w+') as f:
    f.write('one\ntwo\n')
    f.seek(0)
    print(f.readline(), end='')
    f.seek(0, 2)
    f.write('three\n')
    f.seek(0)
    print(f.readlines())
    print(f.tell())

with open(p, 'w', encoding='utf-8') as f:
    f.write('h\u00e9llo\n\u20ac!\n')
with open(p, encoding='utf-8') as f:
    f.readline()
    print(f.tell())
    print(repr(f.read()))
os.remove(p)
os.rmdir(D)
