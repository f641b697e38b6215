f = frozenset([3, 1, 2])
g = frozenset("ab")
print(f, g, frozenset(), len(f), 1 in f, sorted(f), hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, type(f | {4}).__name__, type({4} | f).__name__, type(f.union([1])).__name__, f.copy() is f)
print(f.union(g), f.intersection([1, 2]), f.difference([1]), f.symmetric_difference({1}), f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint(g))
print(f == {1, 2, 3}, {1, 2, 3} == f, f < {1, 2, 3, 4}, {frozenset([1]): "v"}[frozenset({1})], {f, frozenset([1, 2, 3])}, frozenset(f) is f)
s = {frozenset([1, 2])}
print(frozenset([1, 2]) in s, {1, 2} in s, set([1, 2]).__hash__ is None)
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, sorted(x), type(x | {3}).__name__, x == frozenset([1, 2]))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: f.add(1))
t(lambda: f.remove(1))
t(lambda: frozenset([[1]]))
t(lambda: f.pop())
t(lambda: frozenset(1))
t(lambda: f.clear())
