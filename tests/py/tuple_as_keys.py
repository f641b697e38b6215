grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid)
neighbors = lambda r, c: [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (r + dr, c + dc) in grid]
print(neighbors(0, 0), neighbors(1, 1))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    if r == 0 or c == 0:
        return 1
    memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(16, 16))
