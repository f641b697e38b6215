import itertools as it
tests = [
    lambda: it.count(1, "x"), lambda: it.cycle(), lambda: it.repeat(1, 2, 3), lambda: it.repeat(1, "x"),
    lambda: it.accumulate(), lambda: list(it.accumulate([1, 2], 5)), lambda: it.chain.from_iterable(), lambda: list(it.chain.from_iterable([1])),
    lambda: it.compress("ab"), lambda: it.dropwhile(None), lambda: list(it.dropwhile(None, [1])), lambda: list(it.takewhile(5, [1])),
    lambda: it.filterfalse(None), lambda: list(it.filterfalse(5, [1])), lambda: it.groupby(), lambda: list(it.groupby([1], 5)),
    lambda: it.islice(), lambda: it.islice([1]), lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], -5, 2), lambda: it.islice([1], 1.5),
    lambda: it.islice([1], 0, None, -1), lambda: it.pairwise(), lambda: it.starmap(pow), lambda: list(it.starmap(pow, [(1,)])),
    lambda: it.tee(), lambda: it.tee(5), lambda: it.tee([1], "x"), lambda: it.zip_longest(1), lambda: it.product(1), lambda: it.product([1], repeat="x"),
    lambda: it.permutations(), lambda: it.permutations(5), lambda: it.permutations("ab", "x"), lambda: it.combinations("ab"),
    lambda: it.combinations(5, 1), lambda: it.combinations_with_replacement("ab"), lambda: it.combinations_with_replacement("ab", -2),
    lambda: next(it.count(0.5)) and list(it.islice(it.count(0.5, 0.25), 3)), lambda: list(it.islice(it.count(2**64, 2**63), 3)),
    lambda: list(it.islice("abcdef", None, None, None)), lambda: list(it.islice("abcdef", 2, None)), lambda: list(it.islice("abc", 10, 20)),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
big = it.product(range(10), repeat=9)
print(next(big), next(big), list(it.islice(big, 8, 10)))
print(list(it.product("ab", [], "c")), list(it.product(range(2), range(3)))[-2:], len(list(it.product("abc", "de", repeat=2))))
