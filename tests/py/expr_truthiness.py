values = [0, 1, -1, 0.0, 2.5, '', 'x', [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), 'T' if v else 'F')
