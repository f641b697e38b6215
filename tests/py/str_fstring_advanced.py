items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
for name, price, qty in items:
    print(f'{name:<10}{price:>8.2f}{qty:>5}{price * qty:>10.2f}')
total = sum(p * q for _, p, q in items)
print(f'{"TOTAL":<10}{total:>23.2f}')
w = 'word'
print(f'{w!r:>10}|{w:^10}|')
n = 1234567
print(f'{n:,}', f'{n:>15,}')
print(f'{3.14159:.3f}', f'{-1.5:.1f}', f'{2:.2f}')
d = {'k': 'v'}
print(f"{d['k']}", f'{len(d)}', f'{[1, 2]!r}')
x, y = 3, 4
print(f'{x + y = }')
print(f'{x=}, {y=}')
