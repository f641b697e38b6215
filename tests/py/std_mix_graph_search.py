# Dijkstra with heapq, BFS with deque, adjacency with defaultdict.
import heapq
from collections import deque, defaultdict

edges = [('a', 'b', 4), ('a', 'c', 2), ('b', 'c', 5), ('b', 'd', 10), ('c', 'e', 3), ('e', 'd', 4), ('d', 'f', 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

dist, prev = dijkstra('a')
print(sorted(dist.items()))
node, path = 'f', []
while node != 'a':
    path.append(node)
    node = prev[node]
print(' -> '.join(reversed(path + ['a'])))

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order

print(bfs('a'), bfs('f'))
grid = ['..#....', '.##.##.', '...#...', '#.....#']
R, C = len(grid), len(grid[0])
q = deque([(0, 0, 0)])
seen = {(0, 0)}
while q:
    r, c, d = q.popleft()
    if (r, c) == (R - 1, C - 2):
        print('grid distance', d)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] == '.' and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append((nr, nc, d + 1))
