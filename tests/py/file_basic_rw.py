# Text files: write, read back whole, by size, by line, iterate, with-blocks.
import os

D = '_gilt_tmp_file_basic_rw'
os.mkdir(D)
p = os.path.join(D, 'notes.txt')

with open(p, 'w') as f:
    n = f.write('first line\n')
    print('wrote', n)
    f.write('second line\n')
    f.writelines(['third\n', 'fourth\n', 'no newline at end'])
    print(f.closed, f.name == p, f.mode)
print(f.closed)

with open(p) as f:
    print(repr(f.read()))

with open(p, 'r') as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(p) as f:
    print(len(f.readlines()))
    f.seek(0)
    print(list(f)[:2])

f = open(p)
print(next(f), end='')
print(f.readable(), f.writable(), f.seekable())
f.close()
f.close()  # closing twice is fine

# an empty file
open(os.path.join(D, 'empty.txt'), 'w').close()
with open(os.path.join(D, 'empty.txt')) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())

# a larger file, read back in pieces
big = os.path.join(D, 'big.txt')
with open(big, 'w') as f:
    for i in range(3000):
        f.write('line %d %s\n' % (i, 'x' * (i % 17)))
with open(big) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(big) as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
print(total, os.path.getsize(big))

for name in os.listdir(D):
    os.remove(os.path.join(D, name))
os.rmdir(D)
print(os.path.exists(D))
