# Conway's Game of Life on a small torus plus a sparse-set version.

class Board:
    def __init__(self, rows, cols, live=()):
        self.rows = rows
        self.cols = cols
        self.cells = [[False] * cols for _ in range(rows)]
        for r, c in live:
            self.cells[r][c] = True

    @classmethod
    def from_text(cls, text):
        lines = text.strip().splitlines()
        live = [(r, c) for r, line in enumerate(lines) for c, ch in enumerate(line) if ch == "#"]
        return cls(len(lines), max(len(l) for l in lines), live)

    def neighbours(self, r, c):
        n = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    n += self.cells[(r + dr) % self.rows][(c + dc) % self.cols]
        return n

    def step(self):
        new = Board(self.rows, self.cols)
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.neighbours(r, c)
                new.cells[r][c] = n == 3 or (self.cells[r][c] and n == 2)
        return new

    def population(self):
        return sum(map(sum, self.cells))

    def __str__(self):
        return "\n".join("".join("#" if v else "." for v in row) for row in self.cells)

    def __eq__(self, other):
        return self.cells == other.cells


GLIDER = """
.#......
..#.....
###.....
........
........
........
"""

board = Board.from_text(GLIDER)
print(board, board.population(), sep="\n")
seen = [board]
for gen in range(1, 25):
    board = board.step()
    if gen % 4 == 0:
        print(f"-- gen {gen}, population {board.population()}")
        print(board)
    if board in seen:
        print("repeat at generation", gen, "of", seen.index(board))
        break
    seen.append(board)


def sparse_step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


blinker = {(0, 0), (0, 1), (0, 2)}
print(sorted(sparse_step(blinker)), sorted(sparse_step(sparse_step(blinker))) == sorted(blinker))
r_pentomino = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
live = r_pentomino
history = []
for i in range(60):
    live = sparse_step(live)
    history.append(len(live))
print(history[:20])
print("after 60:", len(live), "bbox", min(r for r, _ in live), max(r for r, _ in live),
      min(c for _, c in live), max(c for _, c in live))
