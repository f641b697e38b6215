points = [(3, 4), (-1, 2), (0, 0), (5, -5)]
dist = lambda p: p[0] ** 2 + p[1] ** 2
print(sorted(points, key=dist))
print(max(points), min(points), sorted(points))
for x, y in points:
    print(f'({x:>2}, {y:>2}) -> {dist((x, y))}')
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
swap = lambda t: t[::-1]
print(swap((1, 2, 3)))
print(tuple(sorted((3, 1, 2))), tuple(x * 2 for x in (1, 2)))
