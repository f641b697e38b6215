# re: module functions, Pattern and Match objects, flags
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.findall(r'(\w)\d', 'a1 b2 c'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b|a', 'a b'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')])
print([m.group() for m in re.finditer(r'', 'abc')])
print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s+', 'a b  c d', maxsplit=2))
print(re.split(r'x*', 'axbc'))
print(re.split(r'(\W*)', '...words, words...'))
print(re.split(r'\d', 'abc'))
print(re.split(b'-', b'a-b-c'))

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)', re.I)
print(p.pattern, p.flags == (re.I | re.U), p.groups, p.groupindex)
print(repr(p))
print(repr(re.compile('a+', re.IGNORECASE | re.MULTILINE)))
print(repr(re.compile(b'a+')), repr(re.compile('x')), repr(re.compile(b'x', re.I)))
print(repr(re.compile(r'\d\n')))
print(re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
m = p.search('  width=100 height=20')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 0))
print(m[0], m['key'], m[2])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start('val'), m.end(2), m.span('key'))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs)
print(m.expand(r'\2:\1 \g<key>/\g<2>\n'))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.group(2), m.lastindex)
print(re.match(r'(?P<x>a)(?P<y>z)?', 'a').groupdict(), re.match(r'(?P<x>a)(?P<y>z)?', 'a').groupdict(0))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(?P<o>(?P<i>a)b)', 'ab').lastgroup, re.match('a', 'a').lastindex)
for g in (3, -1, 'nope'):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
try:
    m['zz']
except IndexError as e:
    print('IndexError', e)

q = re.compile(r'\d+')
print(q.match('ab12cd', 2), q.match('ab12cd', 2, 3), q.search('12ab345', 1))
print(q.fullmatch('ab12cd', 2, 4), q.fullmatch('ab12cd', 2, 5))
print(q.findall('1 22 333', 2), q.findall('1 22 333', 0, 4))
print([x.span() for x in q.finditer('1 22 333', 1, 6)])
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
m = q.search('xx123', -5, 100)
print(m.pos, m.endpos, repr(m))

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\d)', r'\g<1>0', '1 2'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(repr(re.sub(r'x', r'\&\-', 'axb')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'a', '-', 'aaaa', count=2), re.sub(r'a', '-', 'aaaa', 2))
print(re.subn(r'a', '-', 'banana'), re.subn(r'z', '-', 'banana'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'))
print(re.sub(r'(?m)^', '> ', 'one\ntwo'))
print(re.sub(b'[aeiou]', b'*', b'education'), re.subn(b'(o)', rb'\1\1', b'foo'))
print(re.sub('a', r'\0', 'bab') == 'b\x00b')
print(p.sub(r'\g<val>', 'w=1 h=2'), p.subn(lambda m: m['key'].upper(), 'w=1 h=2'))

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m#n&o~p-q'))
print(re.escape('plain_text123'), re.escape(b'1.5+2'), re.escape('\t\n'))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())

print(repr(re.I), repr(re.I | re.M), str(re.S), repr(re.NOFLAG), repr(re.X | re.A))
print(int(re.I), re.I == 2, re.IGNORECASE is re.I, re.M | 0, type(re.I | re.S).__name__)
print(re.I & re.I, isinstance(re.M, int), re.VERBOSE, re.DOTALL.value, re.ASCII.name)
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
re.purge()
print(re.compile('abc') == re.compile('abc'), re.compile('abc') == re.compile('abc', re.I))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(m).__name__, re.Pattern is type(p), re.Match is type(m))
