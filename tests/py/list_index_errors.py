l = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4]:
    try:
        print(i, l[i])
    except IndexError as e:
        print(i, 'IndexError:', e)
try:
    l[5] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    l['x']
except TypeError as e:
    print('TypeError:', e)
try:
    del l[10]
except IndexError as e:
    print('IndexError:', e)
print(l[1:100], l[-100:1])
