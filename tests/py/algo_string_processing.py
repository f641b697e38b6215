text = '''The quick brown fox. The lazy dog sleeps!
A second line, with commas; and semicolons.
   indented line   '''
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip('.,;!').lower() for w in text.split()]
print(words[:8])
print(sorted(set(words)) == sorted({w for w in words}))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return ''.join(out)
def unrle(s):
    out, num = '', ''
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ''
    return out
r = rle('aaabccddddde')
print(r, unrle(r))
def wrap(s, width):
    lines, cur = [], ''
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for l in wrap(' '.join(words), 20):
    print('|' + l.ljust(20) + '|')
def is_anagram(a, b):
    return sorted(a.replace(' ', '').lower()) == sorted(b.replace(' ', '').lower())
print(is_anagram('Listen', 'Silent'), is_anagram('Dormitory', 'dirty room'), is_anagram('a', 'b'))
print('snake_case_name'.title().replace('_', ''), 'CamelCase'.lower())
