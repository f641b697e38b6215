parts = []
for i in range(10):
    parts.append(str(i * i))
print(','.join(parts))
s = ''
for i in range(5):
    s += chr(ord('a') + i) * (i + 1)
print(s)
lines = ['row ' + str(i) + ': ' + '#' * i for i in range(5)]
print('\n'.join(lines))
table = [['name', 'qty'], ['apple', '3'], ['kiwi', '12']]
for row in table:
    print(row[0].ljust(8) + row[1].rjust(4))
print('=' * 20)
