# Hashing and equality: hash(complex(x, 0)) == hash(x), the imaginary hash
# is multiplied by 1000003; complex numbers have no ordering.
for z in [0j, 1j, -1j, 1 + 1j, 2.5 + 0j, -1 + 0j, complex(1e300, 1e-300), complex(-0.0, -0.0),
          complex(float("inf"), -float("inf")), complex(5, 0), complex(2 ** 53, 1)]:
    print(repr(z), hash(z))
print(hash(complex(5, 0)) == hash(5), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j), hash(-1))
print([hash(complex(i, j)) for i in range(-2, 3) for j in range(-2, 3)])

print(1 + 0j == 1, 1 == 1 + 0j, 1.5 == 1.5 + 0j, 1 + 1j == 1, 2 ** 53 + 1 == complex(2 ** 53 + 1))
print(1j == 1j, 1j != 1j, 1j != 2j, 1j == "1j", 1j != None, 0j == False, True == 1 + 0j)
print(complex(float("nan")) == complex(float("nan")), 10 ** 400 == complex(1, 0))
print({1: "int"}[1 + 0j], {1 + 0j: "complex"}[1], {1.5: "float"}.get(1.5 + 0j))
print(len({1, 1.0, 1 + 0j, 2j, 2j}), 1j in [1j], 1j in {1j}, (1 + 0j) in {1: 2})
print(sorted([1, 2, 3], key=lambda n: abs(n * 1j)), max([1j, 3 + 4j, -2], key=abs))

for expr in ["1j < 2j", "1j <= 1j", "1j > 1", "2 >= 1j", "1.5 < 1j", "sorted([1j, 2j])", "max(1j, 2j)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
