# Sudoku solver: constraint propagation + backtracking.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    grid = [[0 if ch == "." else int(ch) for ch in row] for row in rows]
    assert len(grid) == 9 and all(len(r) == 9 for r in grid), "bad grid"
    return grid


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in range(0, 9, 3)))
    return "\n".join(lines)


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [v for v in range(1, 10) if v not in used]


class Stats:
    def __init__(self):
        self.guesses = 0
        self.backtracks = 0


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        stats.guesses += 1
        grid[r][c] = v
        if solve(grid, stats):
            return True
        stats.backtracks += 1
    grid[r][c] = 0
    return False


def valid(grid):
    groups = []
    groups.extend(grid)
    groups.extend([[grid[r][c] for r in range(9)] for c in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            groups.append([grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)])
    return all(sorted(g) == list(range(1, 10)) for g in groups)


grid = parse(PUZZLE)
print(show(grid))
print("empty cells:", sum(row.count(0) for row in grid))
print("candidates at (0,2):", candidates(grid, 0, 2))
stats = Stats()
ok = solve(grid, stats)
print("solved:", ok, "valid:", valid(grid))
print(show(grid))
print("guesses:", stats.guesses, "backtracks:", stats.backtracks)
print("".join(str(v) for v in grid[4]))

bad = parse(PUZZLE.replace("53..7", "55..7"))
print("bad puzzle solvable:", solve(bad, Stats()))
try:
    parse("123\n456")
except AssertionError as e:
    print("AssertionError:", e)
