# Small combinatorial puzzles with itertools and generators.
import itertools as it
import operator


def magic_squares():
    for perm in it.permutations(range(1, 10), 6):
        a, b, c, d, e, f = perm
        if a + b + c != 15 or d + e + f != 15:
            continue
        g, h, i = 15 - a - d, 15 - b - e, 15 - c - f
        rest = {g, h, i}
        if len(rest) == 3 and rest == set(range(1, 10)) - set(perm):
            if g + h + i == 15 and a + e + i == 15 and c + e + g == 15:
                yield (a, b, c), (d, e, f), (g, h, i)


squares = list(magic_squares())
print(len(squares), squares[0])

coins = [1, 2, 5]
ways = [combo for n in range(1, 6) for combo in it.combinations_with_replacement(coins, n) if sum(combo) == 7]
print(len(ways), ways)

target = 24
nums = [4, 7, 8, 8]
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv)]
found = set()
for a, b, c, d in it.permutations(nums):
    for (s1, f1), (s2, f2), (s3, f3) in it.product(ops, repeat=3):
        try:
            if abs(f3(f2(f1(a, b), c), d) - target) < 1e-9:
                found.add(f"(({a}{s1}{b}){s2}{c}){s3}{d}")
            if abs(f2(f1(a, b), f3(c, d)) - target) < 1e-9:
                found.add(f"({a}{s1}{b}){s2}({c}{s3}{d})")
        except ZeroDivisionError:
            pass
print(len(found), sorted(found)[:4])

data = "aaabccddddde"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print("".join(f"{len(list(g))}{k}" for k, g in it.groupby(sorted(data))))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate(range(1, 6), operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.islice(it.count(10, 5), 4)))
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.pairwise("abcd")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), len(list(it.permutations("abcd", 2))), len(list(it.combinations(range(10), 3))))
print(list(it.product("ab", [0, 1])), sum(1 for _ in it.product(range(3), repeat=4)))


def primes():
    seen = []
    for n in it.count(2):
        if all(n % p for p in seen if p * p <= n):
            seen.append(n)
            yield n


print(list(it.islice(primes(), 15)), next(it.dropwhile(lambda p: p < 1000, primes())))
queens = 0
for cols in it.permutations(range(6)):
    if len({c + r for r, c in enumerate(cols)}) == 6 == len({c - r for r, c in enumerate(cols)}):
        queens += 1
print("6-queens solutions:", queens)
words = ["stop", "pots", "tops", "opts", "spot", "post", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted((len(v), sorted(v)) for v in groups.values()))
