# re: matching basics, classes, quantifiers, anchors, groups, flags
import re

def show(m):
    if m is None:
        return 'None'
    return '%r %r %r' % (m.group(0), m.span(), m.groups())

cases = [
    (r'abc', 'xxabcxx'), (r'a.c', 'a\nc abc'), (r'\d+', 'ab 123 45'),
    (r'\D+', '12ab3'), (r'\w+', '  hello_world! '), (r'\W+', 'ab, cd'),
    (r'\s+', 'a \t\n b'), (r'\S+', '   xy  '), (r'[a-c]+', 'zzbcaq'),
    (r'[^a-c]+', 'abxyzc'), (r'[\d.]+', 'v 3.14 x'), (r'[]a]+', 'x]a]'),
    (r'[a\-z]+', 'q-az'), (r'\x41\u00e9\t', 'A\u00e9\t'), (r'\n', 'a\nb'),
    (r'\.\\', 'a.\\b'), (r'colou?r', 'my colour'), (r'a{2}', 'caaat'),
    (r'a{2,}', 'caaaat'), (r'a{1,2}', 'caaat'), (r'a{,2}b', 'aaab'),
    (r'a*?b', 'aaab'), (r'a+?', 'aaa'), (r'a??', 'aa'), (r'a{2,3}?', 'aaaa'),
    (r'(a|b)+', 'xabbay'), (r'(ab)*c', 'ababc'), (r'(?:ab)+', 'abab'),
    (r'(\w+)@(\w+)\.com', 'mail bob@site.com now'), (r'(a)(b)?', 'ac'),
    (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'(\w)\1', 'abccd'),
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'), (r'^abc', 'abc'),
    (r'^abc', 'xabc'), (r'abc$', 'xabc\n'), (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'),
    (r'\bcat\b', 'concat cat'), (r'\Bcat', 'concat cat'), (r'x*', 'abc'),
    (r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'),
    (r'(?<=\$)\d+', 'cost $42'), (r'(?<!\$)\b\d+', '$42 17'),
    (r'(?i)hello', 'HeLLo'), (r'(?i:a)b', 'Ab AB'), (r'(?s).+', 'a\nb'),
    (r'(?m)^b', 'a\nb'), (r'(?x) a b # comment', 'ab'),
    (r'[\w\s]+', 'hi there!'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(a*)*b', 'aab'), (r'(a|)*', 'aa'), (r'(?:(a)|b)*', 'ab'),
    (r'[^\n]+', 'line1\nline2'), (r'\d{3}-\d{4}', 'call 555-1234'),
    (r'(?>a+)b', 'aaab'), (r'a++b', 'aab'), (r'(?P<a>x)?(?(a)y|z)', 'xy z'),
    (r'\0\101', '\x00A'), (r'[\x00-\x1f]', 'ab\x05'), (r'.', ''),
    (r'(?i)[a-z]+', 'MiXeD'), (r'(?i)\u00e9', '\u00c9'), (r'\w+', 'caf\u00e9 na\u00efve'),
    (r'(?i)k', '\u212a'), (r'(?i)[a-k]+', 'J\u212a'), (r'\d', '\u0663'), (r'(?a)\w+', 'caf\u00e9'), (r'(?a)\d', '\u0663'),
]
for pat, text in cases:
    print(pat, '|', show(re.search(pat, text)))

print(show(re.match(r'b', 'ab')), show(re.match(r'a', 'ab')))
print(show(re.fullmatch(r'a|ab', 'ab')), show(re.fullmatch(r'a', 'ab')))
print(show(re.search(r'x', 'aaa')))
print(show(re.search('HELLO', 'say hello', re.I)))
print(show(re.search('^b$', 'a\nb\nc', re.M)))
print(show(re.search('a.b', 'a\nb', re.S)))
print(show(re.search(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+)  # unit
''', 'it is 12 kg', re.X)))
print(show(re.search(r'\w+', 'caf\u00e9', re.A)))
print(show(re.search(r'[A-Z]+', 'abcDEF', re.I | re.M)))
print(show(re.match(r'(a)|(b)', 'b')))
print(show(re.search(r'(\d+)(?:px|em)', 'w: 10em')))
print(show(re.search('a{3', 'xa{3')))
print(show(re.search('x{,}', 'xxx')))
# nested quantifiers on a long text stay fast and shallow
long = 'ab' * 3000 + 'c'
m = re.search(r'(?:ab)+c', long)
print(m.span())
m = re.match(r'.*c', long)
print(m.end())
m = re.match(r'(a|b)*c', long)
print(m.span(), m.group(1))
print(re.match(r'.*?c', long).end())
