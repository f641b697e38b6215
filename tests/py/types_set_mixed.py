s = {1, 2, 3}
f = frozenset([2, 3, 4])
for r in [s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s, s.union(f), f.union(s), s.copy(), f.copy()]:
    print(type(r).__name__, sorted(r))
print(s == f, s == {1, 2, 3}, frozenset([1, 2, 3]) == s, s != f, s < s | f, f <= f, s > {1}, f >= frozenset(), s.issubset(f | s), f.issuperset({2}), s.isdisjoint(f - s))
print(sorted(s.union([5], (6,), "7"), key=str), sorted(s.intersection([1, 2], range(2))), sorted(s.difference([1], [2])), sorted(s.symmetric_difference("ab"), key=str))
t = {frozenset([1]), frozenset([1]), frozenset()}
print(len(t), frozenset() in t, {1: frozenset([2])}[1], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(set("abracadabra") == set("abrcd"), sorted(set("abracadabra")), len(set(range(1000)) & set(range(500, 1500))), set() == frozenset(), bool(set()), bool({0}))
