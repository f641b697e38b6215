# f-string forms
name = 'World'
n = 42
f = 3.14159
print(f'Hello, {name}!')
print(f'{n} {n!r} {name!r} {name!s}')
print(f'[{n:5}] [{n:<5}] [{n:>8}] [{n:^7}]')
print(f'{f:.2f} {f:08.3f} {f:.0f}')
print(f'{1234567:,} {-9876543210:,}')
print(f'{n=} {name=}')
print(f'{n + 1} {n * 2} {[1, 2][0]}')
print(f'{{literal braces}} {n}')
print(F'upper F {n}')
print(f'nested {f"{n}"}')
print(f'{"quoted"}', f"{'single'}")
print(f'{name:>10}|{name:<10}|')
print(f'{n:05}')
x = None
print(f'{x} {True} {3.0}')
