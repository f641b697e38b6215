print('-' * 10, 'ab' * 0, '' * 5)
s = 'abracadabra'
print('cad' in s, 'dab' in s, 'xyz' not in s, '' in '')
print(s.count('abra'), s.find('abra', 1))
print(s.split('a'), s.split('abra'))
print(s[0:4] * 2 == 'abraabra')
