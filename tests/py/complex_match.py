# Complex literals in match value patterns (including negated and sums),
# and class patterns on complex's real/imag attributes.
def classify(v):
    match v:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one plus two i"
        case -1 - 1j:
            return "minus one minus i"
        case 3j:
            return "three i"
        case -2j:
            return "minus two i"
        case complex(real=r, imag=0.5):
            return "half-imaginary with real " + repr(r)
        case complex():
            return "other complex"
        case _:
            return "not complex"


for v in [0j, 0, 1 + 2j, -1 - 1j, 3j, -2j, 4j, 7 + 0.5j, "x", 0.0, complex(1, 2)]:
    print(repr(v), classify(v))
