import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 4), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_right(a, 5, hi=3), bisect.bisect_left(a, 9, lo=1, hi=4))
recs = [("a", 1), ("b", 3), ("c", 5), ("d", 7)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]), bisect.bisect(recs, 0, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4.0); print(b)
c = [("x", 10), ("y", 30)]
bisect.insort(c, ("z", 20), key=lambda r: r[1]); bisect.insort_left(c, ("w", 30), key=lambda r: r[1]); bisect.insort_right(c, ("v", 30), key=lambda r: r[1]); print(c)
d = [1, 3, 5, 7, 9]; bisect.insort(d, 4, 0, 2); print(d)
bisect.insort(d, 100, lo=3); print(d)
for bad in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.insort([1], 1, lo=-2), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, "a"], 2),
            lambda: bisect.bisect_left([1], 1, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 1, 1), 1), bisect.bisect_left(range(0, 100, 3), 50))
