print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -1)
print('abc' < 'abd', 'abc' == 'abc', 'a' in 'abc')
s = 'Hello'
print(s[0], s[-1], s[1:3], len(s))
print(s + ', ' + 'World' + '!')
r = ''
for c in 'abc':
    r = c + r
print(r)
print(''.join(reversed('stressed')))
print(str(5) + 'x', repr(5) + repr('5'))
