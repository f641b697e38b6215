data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
l = [5, -3, 2, -8, 0, 7]
l.sort(key=abs); print(l)
l.sort(key=abs, reverse=True); print(l)
l.sort(reverse=False); print(l)
w = ["banana", "Apple", "cherry", "apple", "Banana"]
w.sort(); print(w)
w.sort(key=str.lower); print(w)
w.sort(key=len, reverse=True); print(w)
print(sorted([3.5, 1, True, 2.0, 0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted("hello"), sorted({3: 1, 1: 2}))
print(sorted([], reverse=True), sorted(range(10), key=lambda x: (x % 3, -x)), list(reversed(sorted([1, 3, 2]))))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v), min(K(4), K(2)))
for f in [lambda: sorted([1, "a"]), lambda: [3, None].sort(), lambda: sorted([1], key=5), lambda: sorted([1], foo=1), lambda: [].sort(reverse=1, key=None, x=2)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
