rs = [range(10), range(1, 10, 2), range(10, 0, -3), range(0), range(-5, 5), range(5, -5, -1)]
for r in rs:
    print(r, len(r), list(r)[:4], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], r[::2], 3 in r, -3 in r, r.count(3), bool(r))
print(range(3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(0) == range(10, 0), range(1, 2, 3) == range(1, 3, 5), range(3) != [0, 1, 2], range(2) == range(2))
print(hash(range(0, 5, 2)) == hash(range(0, 6, 2)), hash(range(0)) == hash(range(4, 2)), {range(3): "v"}[range(0, 3)], len({range(1), range(0, 1), range(1, 2)}))
print(range(10).index(9), range(1, 10, 2).index(7), range(10, 0, -3).index(4), range(5).count(5), range(5).count(2.0), list(range(10)[2:8][1:3]), range(10)[-100:100])
print(range(1, 7, 2)[True], range(20)[3:17:4][::-1], reversed(range(3)).__next__(), sum(range(1, 101)), max(range(0)) if False else "skip", list(range(0, -10, -4)))
for f in [lambda: range(3).index(5), lambda: range(3)[3], lambda: range(3)[1.0], lambda: range(0, 1, 0), lambda: range("1"), lambda: range(3).count()]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
