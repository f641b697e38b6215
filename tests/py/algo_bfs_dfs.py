graph = {
    'A': ['B', 'C'], 'B': ['D', 'E'], 'C': ['F'], 'D': [], 'E': ['F'], 'F': ['G'], 'G': [],
}
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(n, seen=None):
    if seen is None:
        seen = []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
def shortest(a, b):
    prev = {a: None}
    q = [a]
    while q:
        n = q.pop(0)
        if n == b:
            path = []
            while n:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in graph[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
print(bfs('A'), dfs('A'), shortest('A', 'G'))
maze = ['#########', '#S..#...#', '#.#.#.#.#', '#.#...#E#', '#########']
start = end = None
for r, row in enumerate(maze):
    for c, ch in enumerate(row):
        if ch == 'S': start = (r, c)
        if ch == 'E': end = (r, c)
dist = {start: 0}
q = [start]
while q:
    r, c = q.pop(0)
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if maze[nr][nc] != '#' and (nr, nc) not in dist:
            dist[nr, nc] = dist[r, c] + 1
            q.append((nr, nc))
print('maze distance', dist[end])
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n in g if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo(graph))
