# Graph algorithms: topological sort, union-find + Kruskal, Tarjan SCC,
# BFS levels and cycle detection.
from collections import defaultdict, deque

DEPS = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}


def toposort(deps):
    indeg = {n: 0 for n in deps}
    users = defaultdict(list)
    for node, reqs in deps.items():
        for r in reqs:
            indeg[node] += 1
            users[r].append(node)
    ready = deque(sorted(n for n, d in indeg.items() if d == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(deps):
        stuck = sorted(n for n, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {stuck}")
    return order


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True


def kruskal(nodes, edges):
    uf = UnionFind(nodes)
    tree = [(w, a, b) for w, a, b in sorted(edges) if uf.union(a, b)]
    return tree, sum(w for w, _, _ in tree), uf.sets


def tarjan(graph):
    index = {}
    low = {}
    stack, on_stack = [], set()
    result = []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return result


def bfs_levels(graph, start):
    levels = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in graph.get(v, ()):
            if w not in levels:
                levels[w] = levels[v] + 1
                queue.append(w)
    by_level = defaultdict(list)
    for v, d in levels.items():
        by_level[d].append(v)
    return {d: sorted(vs) for d, vs in sorted(by_level.items())}


print("build order:", toposort(DEPS))
cyclic = dict(DEPS, core=["tests"])
try:
    toposort(cyclic)
except ValueError as e:
    print("ValueError:", e)

nodes = "ABCDEFG"
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
tree, weight, sets = kruskal(nodes, edges)
print("MST:", [f"{a}{b}:{w}" for w, a, b in tree], "weight", weight, "components", sets)
uf = UnionFind(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (3, 0)]:
    print(f"union({a},{b}) -> {uf.union(a, b)}", end="; ")
print("sets:", uf.sets, "same(0,2):", uf.find(0) == uf.find(2))

g = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4], 7: [6, 8], 8: []}
print("SCCs:", tarjan(g))
print("levels from app:", bfs_levels(DEPS, "app"))
print("levels from tests:", bfs_levels(DEPS, "tests"))
degree = sorted(((len(v), k) for k, v in DEPS.items()), reverse=True)
print("degrees:", degree[:3])
rev = defaultdict(set)
for k, vs in DEPS.items():
    for v in vs:
        rev[v].add(k)
print({k: sorted(v) for k, v in sorted(rev.items())})
