# Dijkstra and A* on a grid with heapq, plus path drawing.
import heapq

MAP = [
    "S....#......",
    ".##..#.####.",
    ".#...#....#.",
    ".#.###.##.#.",
    ".#........#.",
    ".####.###.#.",
    "......#...#G",
]
COST = {".": 1, "S": 1, "G": 1}


def find(ch):
    for r, row in enumerate(MAP):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    raise ValueError(f"{ch!r} not on map")


def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAP) and 0 <= nc < len(MAP[0]) and MAP[nr][nc] != "#":
            yield (nr, nc)


def dijkstra(start, goal):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    popped = 0
    while heap:
        d, pos = heapq.heappop(heap)
        popped += 1
        if pos == goal:
            break
        if d > dist[pos]:
            continue
        for nxt in neighbours(pos):
            nd = d + COST[MAP[nxt[0]][nxt[1]]]
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = pos
                heapq.heappush(heap, (nd, nxt))
    return dist.get(goal), rebuild(prev, start, goal), popped


def astar(start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])

    g = {start: 0}
    prev = {}
    counter = 0
    heap = [(h(start), counter, start)]
    closed = set()
    while heap:
        _, _, pos = heapq.heappop(heap)
        if pos in closed:
            continue
        closed.add(pos)
        if pos == goal:
            break
        for nxt in neighbours(pos):
            ng = g[pos] + 1
            if ng < g.get(nxt, 10 ** 9):
                g[nxt] = ng
                prev[nxt] = pos
                counter += 1
                heapq.heappush(heap, (ng + h(nxt), counter, nxt))
    return g.get(goal), rebuild(prev, start, goal), len(closed)


def rebuild(prev, start, goal):
    if goal != start and goal not in prev:
        return []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return path[::-1]


def draw(path):
    rows = [list(row) for row in MAP]
    for r, c in path[1:-1]:
        rows[r][c] = "*"
    return "\n".join("".join(row) for row in rows)


start, goal = find("S"), find("G")
print("start", start, "goal", goal)
d, path, popped = dijkstra(start, goal)
print("dijkstra distance", d, "path length", len(path), "popped", popped)
print(draw(path))
d2, path2, closed = astar(start, goal)
print("astar distance", d2, "closed", closed, "same length", len(path2) == len(path))
print(path2[:5], "...", path2[-3:])
try:
    find("X")
except ValueError as e:
    print("ValueError:", e)

h = []
for word in ["pear", "apple", "fig", "kiwi", "banana", "date"]:
    heapq.heappush(h, (len(word), word))
print([heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, h), heapq.nlargest(2, [5, 1, 9, 3]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
