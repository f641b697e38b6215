xs = [i / 7 for i in range(1, 15)]
print(xs[:5])
print(sum(xs))
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / len(xs)
print(mean, var)
def horner(coeffs, x):
    r = 0.0
    for c in coeffs:
        r = r * x + c
    return r
print(horner([1.5, -2.0, 0.25, 3.0], 1.1))
pts = [(0.0, 0.0), (1.0, 0.5), (2.0, 2.0), (3.0, 4.5)]
n = len(pts)
sx = sum(p[0] for p in pts); sy = sum(p[1] for p in pts)
sxx = sum(p[0] ** 2 for p in pts); sxy = sum(p[0] * p[1] for p in pts)
slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
print(slope, (sy - slope * sx) / n)
