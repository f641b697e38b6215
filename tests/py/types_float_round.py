vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e15 + 0.5, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 5))
print(round(0.1 + 0.2, 15), round(2.5, None), type(round(2.5, None)).__name__, round(-0.0, 1), round(0.0001, 3), round(1234.5678, -3), round(5.5), round(6.5), round(-6.5))
print(round(1e300, -300), round(1.23e-5, 6), round(9.995, 2), round(0.045, 2), round(1.0, 400), round(1.0, -400), round(123.0, -308))
