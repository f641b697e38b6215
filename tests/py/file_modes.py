# open() modes: w truncates, a appends, x creates exclusively, + updates.
import os

D = '_gilt_tmp_file_modes'
os.mkdir(D)
p = os.path.join(D, 'm.txt')


def show():
    with open(p) as f:
        print(repr(f.read()))


with open(p, 'w') as f:
    f.write('abc\n')
show()
with open(p, 'w') as f:
    f.write('xyz\n')
show()
with open(p, 'a') as f:
    f.write('more\n')
    print(f.tell())
show()
with open(p, 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write('XY')
show()
with open(p, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(repr(f.read()))
with open(p, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(repr(f.read()))
q = os.path.join(D, 'new.txt')
with open(q, 'x') as f:
    f.write('created')
try:
    open(q, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(q, 'rt') as f:
    print(f.read(), f.mode)

for bad in ['rw', 'rr', 'z', 'wa', 'r+b+', 'tb', '+', 'b', '']:
    try:
        open(p, bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for kw in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}]:
    try:
        open(p, 'rb', **kw)
    except ValueError as e:
        print('ValueError:', e)
try:
    open(p, 'r', newline='x')
except ValueError as e:
    print('ValueError:', e)
try:
    open(p, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    open(p, 'r', encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    open(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    open(p, 'w', buffering=0)
except ValueError as e:
    print('ValueError:', e)

os.remove(p)
os.remove(q)
os.rmdir(D)
print(sorted(os.listdir('.')).count(D))
