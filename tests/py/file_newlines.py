# Newline handling: universal newlines on read, newline= on write.
import os

D = '_gilt_tmp_file_newlines'
os.mkdir(D)
p = os.path.join(D, 'nl.txt')

with open(p, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rlast')
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readlines())
with open(p, newline='') as f:
    print(f.readlines())
with open(p, newline='\n') as f:
    print(f.readlines())
with open(p, newline='\r\n') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(f.readlines())
with open(p, newline='') as f:
    print(repr(f.read()))

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\n')
        print('c', file=f)
    with open(p, 'rb') as f:
        print(repr(nl), f.read())

# a '\r\n' split across the read buffer boundary
with open(p, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'end\r')
with open(p) as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), lines[1:])
os.remove(p)
os.rmdir(D)
