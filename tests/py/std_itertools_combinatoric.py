import itertools as it

print(list(it.product('ab', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product('ab', [])), list(it.product('ab', repeat=0)), len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations('ABC')), list(it.permutations(range(3), 2)))
print(list(it.permutations([])), list(it.permutations('ab', 0)), list(it.permutations('ab', 3)), len(list(it.permutations(range(6)))))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('abc', 0)), list(it.combinations('abc', 4)), list(it.combinations([], 0)), len(list(it.combinations(range(10), 4))))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement(range(2), 3)), len(list(it.combinations_with_replacement(range(5), 3))))
print(sum(1 for p in it.permutations(range(5)) if all(abs(p[i] - p[i + 1]) != 1 for i in range(4))))
print(next(it.product(*[range(10 ** 9)] * 0)), list(it.product([1, 2], 'a', repeat=2))[:3])
for bad in [lambda: it.permutations('abc', -1), lambda: it.combinations('abc', -2),
            lambda: it.combinations_with_replacement('ab', -1), lambda: it.product('ab', repeat=-1),
            lambda: it.combinations('abc'), lambda: it.product(5), lambda: it.permutations(3),
            lambda: it.combinations('abc', 1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
