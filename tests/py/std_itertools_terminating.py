import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=10)), list(it.accumulate([1, 2], initial=100)))
print(list(it.accumulate('abc')), list(it.accumulate([])))
print(list(it.chain('ab', [1, 2], ())), list(it.chain()), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.chain.from_iterable([[1], [], [2, 3]])), type(it.chain()).__name__)
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(it.pairwise('ABCDE')), list(it.pairwise([1])), list(it.pairwise([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest([1], [2, 3], [])), list(it.zip_longest()))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice(range(100), 10, 30, 7)), list(it.islice('abc', None)))
print(list(it.islice('abc', None, None, None)), list(it.islice('abc', 5)), list(it.islice('abc', 0)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 1, 4, 2)), next(src))
for bad in [lambda: it.islice('abc', -1), lambda: it.islice('abc', 1, -2), lambda: it.islice('abc', 0, 2, 0),
            lambda: it.islice('abc', 'x'), lambda: it.islice('abc'), lambda: it.islice('a', 1, 2, 3, 4),
            lambda: it.accumulate(3), lambda: it.starmap(pow, [1]).__next__(), lambda: it.pairwise(None),
            lambda: it.zip_longest(1), lambda: list(it.chain(1)), lambda: it.compress(1, []),
            lambda: it.dropwhile(None, 5), lambda: it.filterfalse(None, 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
