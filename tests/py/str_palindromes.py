def clean(s):
    return ''.join(c.lower() for c in s if c.isalpha())
def is_pal(s):
    c = clean(s)
    return c == c[::-1]
for s in ['A man, a plan, a canal: Panama', 'racecar', 'hello', 'Was it a car or a cat I saw?', '']:
    print(repr(s), is_pal(s))
def longest_pal(s):
    best = ''
    for i in range(len(s)):
        for j in (i, i + 1):
            lo, hi = i, j
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_pal('babad'), longest_pal('forgeeksskeegfor'), longest_pal('abacdfgdcaba'))
