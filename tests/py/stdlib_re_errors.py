# re: error messages and positions
import re

pats = ['(', '*', ')', 'a)', '[a', '\\q', 'a{2,1}', '(?P<1>a)', '(?P=x)',
        '\\2', '(a)\\2', '(a\\1)', '[z-a]', 'a**', '\\', '(?P<x>a)(?P<x>b)',
        '(?<x', '(?', '(?z)', 'a(?i)', '^*', '\\b*', 'a|*', '(*)', '(?P<x',
        '(?P<>a)', '[\\d-z]', '(?i', '(?-i)', '\\x4', '\\u12', '(?:a',
        'a\n(b', '(?(2)a)', 'a*?+', 'a{2}{3}', '[]', '\\8', '+a', '?',
        '(?<=a+)b', '(?<!a|bc)x', 'ab(c', '[a-]', '[-a]', '(?#x', '\\k',
        'a|b)', '(?P<a-b>x)', '\\g']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno)
try:
    re.compile(b'\\u1234')
except re.error as e:
    print(e, e.pattern)
e = re.error('custom message')
print(e, e.msg, e.pos, e.pattern)
print(issubclass(re.error, Exception))
for repl in [r'\3', r'\g<x>', r'\g<1', r'\g<>', r'\q', '\\', r'\g<a-b>', r'\g1']:
    try:
        print(re.sub(r'(a)', repl, 'a'))
    except re.error as e:
        print(repr(repl), 're.error', e)
    except IndexError as e:
        print(repr(repl), 'IndexError', e)
try:
    re.match(r'(a)', 'a').expand(r'\2')
except re.error as e:
    print('expand', e)
try:
    re.compile(r'a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(123)
except TypeError as e:
    print('TypeError', e)
