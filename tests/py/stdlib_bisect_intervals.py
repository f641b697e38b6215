import bisect
from collections import namedtuple
class IntervalSet:
    def __init__(self):
        self.starts, self.ends = [], []
    def add(self, lo, hi):
        i = bisect.bisect_left(self.ends, lo)
        j = bisect.bisect_right(self.starts, hi)
        if i < j:
            lo = min(lo, self.starts[i]); hi = max(hi, self.ends[j - 1])
        self.starts[i:j] = [lo]; self.ends[i:j] = [hi]
    def __contains__(self, x):
        i = bisect.bisect_right(self.starts, x) - 1
        return i >= 0 and x <= self.ends[i]
    def __repr__(self):
        return " ".join(f"[{a},{b}]" for a, b in zip(self.starts, self.ends))
s = IntervalSet()
for lo, hi in [(5, 8), (1, 2), (10, 12), (3, 4), (7, 11), (0, 0), (20, 30), (2, 3)]:
    s.add(lo, hi); print(s)
print([x in s for x in (0, 1, 4, 5, 13, 25, 31, -1)])
Ev = namedtuple("Ev", "t name")
events = []
for t, n in [(5, "e"), (1, "a"), (3, "c"), (3, "c2"), (9, "z")]:
    bisect.insort(events, Ev(t, n), key=lambda e: e.t)
print([e.name for e in events], bisect.bisect_left(events, 3, key=lambda e: e.t), bisect.bisect_right(events, 3, key=lambda e: e.t))
def find_le(a, x):
    i = bisect.bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError("none <= %r" % (x,))
def find_gt(a, x):
    i = bisect.bisect_right(a, x)
    if i != len(a):
        return a[i]
    raise ValueError("none > %r" % (x,))
a = [1, 3, 3, 7, 10]
for x in (0, 3, 5, 10, 11):
    out = []
    for f in (find_le, find_gt):
        try:
            out.append(f(a, x))
        except ValueError as e:
            out.append(str(e))
    print(x, out)
words = sorted(["apple", "banana", "cherry", "date", "fig", "grape"])
lo = bisect.bisect_left(words, "c"); hi = bisect.bisect_left(words, "g"); print(words[lo:hi])
rev = [9, 7, 5, 3, 1]; print(bisect.bisect_left(rev, -4, key=lambda v: -v), bisect.bisect_right(rev, -5, key=lambda v: -v))
class Rec:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"R{self.k}"
rs = []
for k in [4, 2, 8, 6]:
    bisect.insort_right(rs, Rec(k))
print(rs, bisect.bisect(rs, Rec(5)))
print(bisect.bisect([1, 2, 3], 2, hi=0), bisect.bisect([1, 2, 3], 2, lo=3), bisect.bisect_left([1, 2, 3], 2, 1, 1), bisect.bisect_right(range(10), 4.5, key=None))
