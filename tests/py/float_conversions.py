print(float('3.25'), float('-1e-3'), float('inf'), float('-Infinity'), float('nan'))
print(float(10 ** 20), float(2 ** 53 + 1), int(2.0 ** 53))
print(float(' 12 '), float('1_000.5'))
for bad in ['abc', '', '1.2.3']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(str(1.0), str(1e-7), str(-2.0e5))
