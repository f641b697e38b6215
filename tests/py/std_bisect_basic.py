import bisect

a = [1, 2, 4, 4, 4, 8]
for x in [0, 1, 3, 4, 5, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=1, hi=2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
print(b)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('ann', 20), ('bob', 25), ('cy', 31), ('di', 40)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]), bisect.bisect_right(recs, 25, key=lambda r: r[1]))
bisect.insort(recs, ('ed', 28), key=lambda r: r[1])
bisect.insort_left(recs, ('fay', 25), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left('acegi', 'd'), bisect.bisect([1.5, 2.5], 2), bisect.bisect_right([], 3))
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.insort(None, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
