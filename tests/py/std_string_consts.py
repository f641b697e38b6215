import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords('hello   wide world'), string.capwords(' a-b c_d  '), string.capwords('x, y,z', ','), string.capwords(''))
print(''.join(c for c in 'Hello, World! 123' if c in string.ascii_letters))
print(all(c in string.printable for c in 'abc\n'), 'A' in string.hexdigits, sorted(set('hello') & set(string.ascii_lowercase)))
rot = dict(zip(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]))
print(''.join(rot.get(c, c) for c in 'hello, world'))
