import itertools as it
import operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)), list(it.islice(it.count(1, 0), 3)))
print(repr(it.count(5)), repr(it.count(1.5, 2)), repr(it.count(0, -1)))
c = it.count(3); next(c); print(repr(c))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])), list(it.repeat("x", 3)), list(it.repeat(1, -5)), repr(it.repeat(2, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.accumulate([], initial=7)), list(it.accumulate("abc")), list(it.accumulate([1, 2], func=lambda a, b: a - b, initial=10)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", [3, 4]])), list(it.chain()))
print(list(it.compress("abcdef", [1, 0, 1, 1, 0, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = it.groupby("aabb")
k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abc", None)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(operator.add, ["ab", "cd"])))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
t1, t2, t3 = it.tee(iter("xyz"), 3); print(next(t1), list(t2), list(t1), list(t3))
print(it.tee([], 0), len(it.tee("a", 4)))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "c", fillvalue="-")), list(it.zip_longest()))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x", [3])), list(it.product()), list(it.product([], [1])))
print(list(it.product(range(2), repeat=3))[:5], len(list(it.product("abc", repeat=3))))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 0)), list(it.combinations("ab", 5)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("a", 0)))
for bad in [lambda: it.islice("abc", -1), lambda: it.islice("abc", 0, 2, 0), lambda: it.islice("abc", "x"), lambda: it.repeat(),
            lambda: it.permutations("ab", -1), lambda: it.combinations("ab", -1), lambda: it.product("ab", repeat=-1),
            lambda: it.tee([1], -1), lambda: it.chain(1, 2).__next__(), lambda: it.count("a"), lambda: it.starmap(pow, [1]).__next__(),
            lambda: it.accumulate([1, "a"]).__next__() and list(it.accumulate([1, "a"])), lambda: it.pairwise(5),
            lambda: it.zip_longest([1], bad=2), lambda: it.groupby(5), lambda: it.cycle(5), lambda: it.compress([1], 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum(1 for _ in it.combinations(range(10), 4)), sum(1 for _ in it.permutations(range(6))))
