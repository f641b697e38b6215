f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(f | {9}, f & {1, 5}, type(f | {9}).__name__, type({9} | f).__name__)
d = {f: 'frozen key'}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
print(frozenset() == set(), frozenset([1]) == {1})
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset())
