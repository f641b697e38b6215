print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-3.14159, 1))
print(round(1234.5678, -2), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(7), round(-7.7), round(1e20))
print(int(2.5), int(-2.5), int(1e20))
for x in [0.05, 0.15, 0.25, 0.35, 0.45]:
    print(x, round(x, 1))
