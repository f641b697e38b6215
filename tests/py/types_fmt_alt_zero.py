for v in [0, 1, 255, -255, 2**40]:
    print(format(v, "#x"), format(v, "#X"), format(v, "#o"), format(v, "#b"), format(v, "#012x"), format(v, "#<12b"), format(v, "+#o"), format(v, "08"))
for v in [1.0, 0.5, 3.0, -2.0, 1e10]:
    print(format(v, "#.0f"), format(v, "#.0e"), format(v, "#g"), format(v, "#.3g"), format(v, "010.2f"), format(v, "#010.0f"), format(v, "z010.1f"))
print(format(-0.0, "z"), format(-0.00001, "z.2f"), format(-0.0, "+z"), format(-0.4, "z.0f"), format(0.0, "z"), format(-1e-10, "z.3e"), format(-0.0, "z%"))
