# Encodings: utf-8 (the default), latin-1 and ascii, errors= and LookupError.
import os

D = '_gilt_tmp_file_encoding'
os.mkdir(D)
p = os.path.join(D, 'e.txt')
text = 'na\u00efve caf\u00e9 \u20ac \U0001f600\n'

with open(p, 'w', encoding='utf-8') as f:
    f.write(text)
with open(p, 'rb') as f:
    raw = f.read()
print(raw, len(raw))
with open(p, encoding='utf-8') as f:
    print(f.read() == text, f.encoding)
with open(p, encoding='UTF8') as f:
    print(len(f.read()))

with open(p, 'w', encoding='latin-1') as f:
    f.write('caf\u00e9\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(repr(f.read()))
try:
    with open(p, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(p, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(p, encoding='ascii', errors='ignore') as f:
    print(repr(f.read()))

try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('\u00e9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('x\u00e9y')
with open(p, 'rb') as f:
    print(f.read())

# multi-byte characters across the 8192-byte read buffer
with open(p, 'w', encoding='utf-8') as f:
    f.write('a' * 8191 + '\u20ac' * 3 + '\n')
with open(p, encoding='utf-8') as f:
    s = f.read()
print(len(s), s[-4:])

try:
    open(p, encoding='klingon')
except LookupError as e:
    print('LookupError:', e)
os.remove(p)
os.rmdir(D)
