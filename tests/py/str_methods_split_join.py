print('a,b,,c'.split(','), 'a b  c '.split(), '  lead'.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a b c'.rsplit())
print(''.split(), ''.split(','), 'abc'.split('abc'))
print('-'.join(['x', 'y', 'z']), ''.join([]), ', '.join('abc'))
print('one\ntwo\r\nthree\n'.splitlines(), 'x\n\ny'.splitlines(), ''.splitlines())
print('key=value=more'.partition('='), 'novalue'.partition('='), 'a.b.c'.rpartition('.') if False else 'skip')
try:
    '-'.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
