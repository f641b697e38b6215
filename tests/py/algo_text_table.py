rows = [
    ('Mercury', 0.39, 0.055, 0),
    ('Venus', 0.72, 0.815, 0),
    ('Earth', 1.0, 1.0, 1),
    ('Mars', 1.52, 0.107, 2),
    ('Jupiter', 5.2, 317.8, 95),
]
headers = ('planet', 'au', 'mass', 'moons')
widths = [max(len(headers[0]), max(len(r[0]) for r in rows)), 6, 8, 6]
line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(line)
print('| ' + ' | '.join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths))) + ' |')
print(line)
for name, au, mass, moons in rows:
    print('| ' + name.ljust(widths[0]) + ' | ' + f'{au:.2f}'.rjust(6) + ' | ' + f'{mass:.3f}'.rjust(8) + ' | ' + str(moons).rjust(6) + ' |')
print(line)
print('total moons:', sum(r[3] for r in rows), 'heaviest:', max(rows, key=lambda r: r[2])[0])
