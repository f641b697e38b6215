# print(..., file=f), flush, repr and attributes of file objects.
import os

D = '_gilt_tmp_file_print_to'
os.mkdir(D)
p = os.path.join(D, 'out.txt')

with open(p, 'w') as f:
    print('hello', 'world', file=f)
    print(1, 2, 3, sep=',', end=';\n', file=f)
    print(file=f)
    print([1, 'a'], {'k': None}, file=f, flush=True)
    f.flush()
    print(repr(f).replace(D, 'D'))
    print(type(f).__name__, type(f).__module__)
    print(f.name.replace(D, 'D'), f.mode, f.closed, f.errors, f.line_buffering)
    print(type(f.buffer).__name__, f.buffer.name.replace(D, 'D'))
with open(p) as f:
    print(f.read(), end='')

# written data is visible once flushed, and on close
w = open(p, 'w')
w.write('pending')
w.flush()
with open(p) as r:
    print(repr(r.read()))
w.write(' more')
w.close()
with open(p) as r:
    print(repr(r.read()))

with open(p, 'rb') as f:
    print(repr(f).replace(D, 'D'))
with open(p, 'r+b') as f:
    print(repr(f).replace(D, 'D'))
with open(p, 'ab') as f:
    print(repr(f).replace(D, 'D'), f.mode)
with open(p, 'w+') as f:
    print(f.mode, f.buffer.mode, type(f.buffer).__name__)

import io
with io.open(p, 'w') as f:
    f.write('via io.open\n')
print(open is io.open or open(p).read(), end='')
os.remove(p)
os.rmdir(D)
