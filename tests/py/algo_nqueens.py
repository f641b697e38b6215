def solve(n):
    sols = []
    cols = [0] * n
    def place(r, used, d1, d2):
        if r == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used or (r - c) in d1 or (r + c) in d2:
                continue
            cols[r] = c
            used.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1, used, d1, d2)
            used.remove(c); d1.remove(r - c); d2.remove(r + c)
    place(0, set(), set(), set())
    return sols
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(' '.join('Q' if i == c else '.' for i in range(6)))
