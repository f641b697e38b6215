s = 'Python'
print(s[0], s[5], s[-1], s[-6])
for i in range(len(s)):
    print(i, s[i], s[-i - 1])
try:
    s[6]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
print('J' + s[1:])
print(s[::-1], s[1:-1], s[::2])
