# Maze generation (iterative DFS with a seeded RNG) and solving (BFS),
# rendered as ASCII art.
import random
from collections import deque


def generate(width, height, seed):
    rng = random.Random(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(width) for y in range(height)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = []
        for d, (dx, dy, back) in sorted(moves.items()):
            nx, ny = x + dx, y + dy
            if 0 <= nx < width and 0 <= ny < height and (nx, ny) not in seen:
                options.append((d, nx, ny, back))
        if not options:
            stack.pop()
            continue
        d, nx, ny, back = rng.choice(options)
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls


def solve(walls, width, height, start, goal):
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    prev = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for d, (dx, dy) in moves.items():
            if d in walls[cell]:
                continue
            nxt = (cell[0] + dx, cell[1] + dy)
            if nxt not in prev:
                prev[nxt] = cell
                queue.append(nxt)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = prev[cell]
    return path[::-1], len(prev)


def render(walls, width, height, path=()):
    on_path = set(path)
    rows = ["+" + "---+" * width]
    for y in range(height):
        line = "|"
        below = "+"
        for x in range(width):
            mark = " o " if (x, y) in on_path else "   "
            line += mark + ("|" if "E" in walls[(x, y)] else " ")
            below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        rows.append(line)
        rows.append(below)
    return "\n".join(rows)


for seed, (w, h) in [(1, (8, 5)), (42, (12, 6))]:
    walls = generate(w, h, seed)
    path, explored = solve(walls, w, h, (0, 0), (w - 1, h - 1))
    print(f"seed {seed}: {w}x{h}, path length {len(path)}, explored {explored}")
    print(render(walls, w, h, path))
    openings = sum(4 - len(v) for v in walls.values()) // 2
    print("passages:", openings, "(a perfect maze has", w * h - 1, ")")
    dead_ends = sorted(c for c, v in walls.items() if len(v) == 3)
    print("dead ends:", len(dead_ends), dead_ends[:5])
