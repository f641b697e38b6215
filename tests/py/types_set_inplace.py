s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(s, s is alias)
s.update(range(3), [10])
print(sorted(s))
s.intersection_update(range(5), [0, 1, 2, 4, 99])
print(sorted(s))
s.difference_update([0], {1})
print(sorted(s))
s.symmetric_difference_update([2, 3])
print(sorted(s))
s.add(7); s.add(7); s.discard(100); s.remove(7)
print(sorted(s), len(s))
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
x = set(range(5))
while x:
    x.pop()
print(x)
for fn in [lambda: s.remove(100), lambda: set().pop(), lambda: s.update(5), lambda: s.__ior__([1]), lambda: s.add({}), lambda: s.difference_update(None)]:
    try:
        print(fn())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
