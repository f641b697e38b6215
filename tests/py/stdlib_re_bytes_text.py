# re: bytes patterns and a few text-processing programs
import re

print(re.findall(rb'\d+', b'a1 b22'))
m = re.search(rb'(?P<k>\w+)=(\w+)', b'x key=val')
print(repr(m), m.group(1), m['k'], m.groups(), m.span(2))
print(re.sub(rb'\s+', b' ', b'a  b\t\nc'))
print(re.split(rb'[,;]', b'a,b;c'))
print(re.match(rb'\w+', b'caf\xe9'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'\x41', b'A'))
print(re.search(rb'\bb', b'a b').span(), re.fullmatch(rb'.+', b'a\nb'), re.fullmatch(rb'.+', b'a\nb', re.S))
print(re.findall(b'(a)(b)?', bytearray(b'abac')))
print(re.escape(b'a.b'))

log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO started worker 7
2024-01-06 WARNING slow reply (1500 ms)
2024-01-07 ERROR timeout after 30s"""
line_re = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$', re.M)
for m in line_re.finditer(log):
    print(m['date'], m.group('level').lower(), m.span('msg'), len(m['msg']))
print(line_re.findall(log)[1])
print(re.findall(r'(?m)^\S+ ERROR (.*)$', log))
print(re.findall(r'\d+(?= ?ms|s\b)', log))

words = re.findall(r"[A-Za-z']+", "It's a truth universally acknowledged, that a man...")
print(words)
print(re.sub(r'(?<=\w)([A-Z])', r'_\1', 'camelCaseString').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.sub(r'\s+', ' ', '  too   many \n spaces ').strip())
email = re.compile(r'^[\w.+-]+@([\w-]+\.)+[a-zA-Z]{2,}$')
for addr in ['a.b@ex.com', 'bad@', 'x+y@sub.domain.org', 'no at.com']:
    print(addr, bool(email.match(addr)))
ip = re.compile(r'^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$')
for a in ['192.168.1.1', '256.1.1.1', '10.0.0', '0.0.0.0']:
    print(a, ip.match(a) is not None)
tok = re.compile(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))')
print([(m.lastindex, m.group(m.lastindex)) for m in tok.finditer('x = 3.5 * (y2 + 10)')])
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "a \"q\" b" and "c"'))
html = '<p class="x">Hi <b>there</b></p>'
print(re.findall(r'<(\w+)[^>]*>', html), re.findall(r'<.*?>', html)[:3], re.sub(r'<[^>]+>', '', html))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567'))
print(re.findall(r'(\w+)\s+\1', 'the the cat sat sat down'))
print(re.fullmatch(r'(?i)[a-f0-9]{6}', 'A0b1C2') is not None, re.fullmatch(r'#?([\da-f]{2}){3}', '#a0b1c2').group(1))
d = {'name': 'Bob', 'age': '7'}
print(re.sub(r'\{(\w+)\}', lambda m: d.get(m.group(1), m.group(0)), 'Hi {name}, {age}, {none}'))
print(re.match(r'(?s)(.*)--(.*)', 'a\nb--c\nd').groups())
print(re.findall(r'(?i)\bthe\b', 'The theme of THE day'))
print(re.search(r'(?<![\w.])\d+(?![\w.])', 'v1.2 x 42 end').group())
