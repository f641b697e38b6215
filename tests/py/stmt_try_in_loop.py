results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        n = int(s)
    except ValueError:
        results.append('bad')
        continue
    else:
        results.append(n)
    finally:
        results.append('|')
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print('finally', i)
print('out', i)
