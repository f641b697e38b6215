# Mandelbrot and Julia sets with complex arithmetic (exact: only + and *).


def escape(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


chars = " .:-=+*#%@"
for row in range(21):
    y = 1.2 - row * 0.12
    line = []
    for col in range(64):
        x = -2.1 + col * 0.045
        n = escape(complex(x, y))
        line.append(chars[min(n * len(chars) // 61, len(chars) - 1)])
    print("".join(line).rstrip())

print(sum(escape(complex(-2 + i / 10, j / 10)) for i in range(30) for j in range(-10, 11)))


def julia(c, w=40, h=12):
    for r in range(h):
        line = ""
        for k in range(w):
            z = complex(-1.6 + 3.2 * k / w, 1.0 - 2.0 * r / h)
            n = 0
            while abs(z) <= 2 and n < 30:
                z = z * z + c
                n += 1
            line += "#" if n == 30 else ("+" if n > 6 else ".")
        print(line)


julia(-0.8 + 0.156j)
