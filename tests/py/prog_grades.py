# Student grade book: bisect letter grades, statistics by hand, ranking
# with ties, zip(*) transposition and formatted report cards.
import bisect
import math

BREAKS = [60, 70, 80, 90]
LETTERS = "FDCBA"

SCORES = {
    "Avery": [88, 92, 79, 95],
    "Blake": [72, 65, 80, 70],
    "Casey": [95, 98, 100, 93],
    "Devon": [55, 61, 58, 49],
    "Emery": [88, 92, 79, 95],
    "Flynn": [90, 85, 88, 91],
    "Gray": [67, 74, 71, 69],
}
WEIGHTS = [0.2, 0.2, 0.25, 0.35]
SUBJECTS = ["quiz", "lab", "midterm", "final"]


def letter(score):
    grade = LETTERS[bisect.bisect(BREAKS, score)]
    frac = score % 10
    if grade not in "AF" and frac >= 7:
        grade += "+"
    elif grade != "F" and frac < 3 and score < 100:
        grade += "-"
    return grade


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def weighted(scores):
    if len(scores) != len(WEIGHTS):
        raise ValueError("score count does not match weights")
    return sum(s * w for s, w in zip(scores, WEIGHTS))


def rank(items):
    ordered = sorted(items, key=lambda kv: -kv[1])
    ranks = {}
    prev, prev_rank = None, 0
    for i, (name, value) in enumerate(ordered, 1):
        if value != prev:
            prev_rank = i
            prev = value
        ranks[name] = prev_rank
    return ranks


finals = {name: round(weighted(s), 2) for name, s in SCORES.items()}
ranks = rank(finals.items())
print(f"{'name':<7}" + "".join(f"{s:>8}" for s in SUBJECTS) + f"{'total':>8}{'grade':>6}{'rank':>5}")
for name in sorted(SCORES, key=lambda n: (ranks[n], n)):
    row = "".join(f"{s:>8}" for s in SCORES[name])
    print(f"{name:<7}{row}{finals[name]:>8.2f}{letter(finals[name]):>6}{ranks[name]:>5}")

columns = list(zip(*SCORES.values()))
print()
print(f"{'stat':<7}" + "".join(f"{s:>8}" for s in SUBJECTS))
for label, fn in [("mean", mean), ("median", median), ("stdev", stdev), ("min", min), ("max", max)]:
    print(f"{label:<7}" + "".join(f"{fn(col):>8.2f}" for col in columns))

dist = {}
for name, total in finals.items():
    dist.setdefault(letter(total)[0], []).append(name)
for g in LETTERS[::-1]:
    print(f"{g}: {', '.join(sorted(dist.get(g, []))) or '-'}")
print([letter(s) for s in [100, 97, 93, 90, 89, 82, 79, 71, 60, 59, 0]])
print(bisect.bisect_left(BREAKS, 80), bisect.bisect_right(BREAKS, 80), bisect.bisect(BREAKS, 101))
ordered = []
for s in [70, 30, 90, 50, 50, 10]:
    bisect.insort(ordered, s)
print(ordered, bisect.bisect_left(ordered, 50), bisect.bisect_right(ordered, 50))
try:
    weighted([1, 2])
except ValueError as e:
    print("ValueError:", e)
improved = {n: s[-1] - s[0] for n, s in SCORES.items()}
print(max(improved, key=improved.get), min(improved.items(), key=lambda kv: kv[1]))
print(round(mean(finals.values()), 3), round(stdev(list(finals.values())), 3), median(list(finals.values())))
