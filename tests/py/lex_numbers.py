# Numeric literal forms
print(0, 7, 1_000_000, 0x1F, 0o17, 0b1011, 0XFF, 0O7, 0B1)
print(1.5, 1e3, 1E-3, 3.14_15, .5, 5., 1_0.0_1)
print(0x_ff, 0b_1010_1010, 0o_777)
print(00, 0_0)
print(123456789012345678901234567890)
print(1e308, 1e-308, 2.5e-3)
print(type(1), type(1.0), type(1e0))
