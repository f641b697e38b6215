# Float arithmetic: ASCII Mandelbrot set, checksum of iteration counts.
def mandel(w, h, max_iter):
    total = 0
    rows = []
    for y in range(h):
        ci = y * 2.4 / h - 1.2
        row = []
        for x in range(w):
            cr = x * 3.5 / w - 2.5
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
            row.append('#' if n == max_iter else '.')
        rows.append(''.join(row))
    return total, rows
total, rows = mandel(320, 160, 400)
print(total)
print(rows[80])
