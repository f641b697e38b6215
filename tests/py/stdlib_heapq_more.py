import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
print(heapq.heapreplace(h, 4), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
t = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]; heapq.heapify(t); print(heapq.heappop(t), heapq.heappop(t))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([(1, "x"), (3, "y")], [(1, "a"), (2, "b")], key=lambda p: p[0])))
print(list(heapq.merge(["dd", "b"], ["ccc", "a"], key=len, reverse=True)))
nums = [5, 1, 9, 3, 7, 3, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(10, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, []))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(3, words, key=lambda w: w[-1]))
print(heapq.nlargest(-1, nums), heapq.nsmallest(2, iter(nums)), heapq.nlargest(2, [1, 1, 1]))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(5, 1), lambda: heapq.heapify((1, 2)),
            lambda: heapq.heappush([1], "a"), lambda: heapq.heappush([], 1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
q = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(q, Task(p, n))
print([heapq.heappop(q).n for _ in range(3)])
print(heapq.heappushpop([], 5), heapq._heapify_max if hasattr(heapq, "_heapify_max") and False else "")
