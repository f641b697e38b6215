# Arithmetic between complex and int/float/bool/complex on both sides.
# Every operand is widened to complex first, which decides signed zeros.
values = [2, -3, 0, True, 2.5, -0.0, 0.0, 1 + 2j, -1.5 - 0.5j, 0j, 2j]
for a in values:
    for b in values:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        row = [repr(a + b), repr(a - b), repr(a * b)]
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append("ZeroDivisionError: " + str(e))
        print(repr(a), repr(b), " ".join(row))

z = 3 - 4j
print(-z, +z, abs(z), abs(-0j), abs(complex(-3, 0)), z.conjugate(), (-z).conjugate())
print(sum([1j, 2, 3.5, -1 - 1j]), sum([], 0j), sum([0.5j] * 4))
acc = 1 + 0j
for k in range(1, 6):
    acc *= 1j
    acc += k
print(acc)
acc -= 10
acc /= 2
print(acc)

# Large ints are converted to float first.
print((1 + 1j) + 2 ** 60, 2 ** 60 * 1j, (10 ** 20) / (1 + 1j))
for expr in ["1j + 10 ** 400", "10 ** 400 * 1j", "1j / 10 ** 400"]:
    try:
        print(eval(expr))
    except OverflowError as e:
        print(expr, "OverflowError:", e)

# Overflow to infinity is silent for + - * /.
big = complex(1e308, 1e308)
print(big * 10, big + big, big / 1e-308, 1e308j * 1e308j)
print(complex(1, 1) / complex(1e-320, 0), complex(1e300, 1e300) / complex(1e-300, 1e-300))
