from itertools import *
import operator
def take(n, iterable): return list(islice(iterable, n))
def tabulate(function, start=0): return map(function, count(start))
def consume(iterator, n=None):
    if n is None:
        for _ in iterator: pass
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return chain.from_iterable(repeat(tuple(iterable), n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in (iterable if key is None else map(key, iterable)) if False else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n - 1))
    for x in it:
        window = window[1:] + (x,) if len(window) == n else window + (x,)
        if len(window) == n:
            yield window
def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)
def random_product_free(*args, repeat=1): return list(product(*args, repeat=repeat))[-1]
def flatten(list_of_lists): return chain.from_iterable(list_of_lists)
def dotproduct(vec1, vec2): return sum(map(operator.mul, vec1, vec2))
def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c
def before_and_after(predicate, it):
    it = iter(it)
    transition = []
    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return
    def remainder_iterator():
        yield from transition
        yield from it
    return true_iterator(), remainder_iterator()
print(take(4, tabulate(lambda x: x * x)), nth("abcde", 2), nth("ab", 9, "dflt"), all_equal("aaa"), all_equal("aab"), all_equal(""))
it = iter(range(10)); consume(it, 3); print(next(it)); consume(it); print(next(it, "done"))
print(quantify([1, 0, 2, None]), list(ncycles("ab", 3)), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10)); print(list(evens), list(odds))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)), list(sliding_window("ABCDEFG", 4)))
d = {1: "a", 2: "b"}; print(list(iter_except(d.popitem, KeyError)), d)
print(first_true([0, None, 7, 8]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 5), random_product_free("ab", repeat=2))
print(list(flatten([[1, 2], [3], []])), dotproduct([1, 2, 3], [4, 5, 6]), list(triplewise("ABCDE")))
a, b = before_and_after(str.isupper, "ABCdEfG"); print("".join(a), "".join(b))
print(list(accumulate(repeat(2, 5), operator.mul)), list(starmap(max, zip_longest([1, 5], [3, 2, 9], fillvalue=0))))
print([list(g) for k, g in groupby(sorted("mississippi"))], sorted(set(permutations("aab"))), list(compress(count(), map(int, "10110"))))
print(list(islice(cycle(range(3)), 2, 11, 3)), list(map(operator.pow, range(5), repeat(2))), list(zip(count(1), "abc")))
