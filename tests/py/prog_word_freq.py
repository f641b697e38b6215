# Word frequency with Counter and formatted table output.
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out


ws = words(TEXT)
counts = Counter(ws)
print("total words:", len(ws), "distinct:", len(counts))
print("most common:", counts.most_common(5))

print(f"{'rank':>4}  {'word':<12}{'count':>6}  {'share':>7}  bar")
total = sum(counts.values())
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (word, n) in enumerate(ranked[:12], 1):
    print(f"{rank:>4}  {word:<12}{n:>6}  {n / total:>7.2%}  {'#' * n}")

lengths = Counter(len(w) for w in ws)
print("by length:", sorted(lengths.items()))
letters = Counter(c for w in ws for c in w)
print("top letters:", "".join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8]))
first = Counter(w[0] for w in ws)
print("initials:", dict(sorted(first.items())))

a = Counter("abracadabra")
b = Counter("alakazam")
print(sorted((a + b).items()))
print(sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
a.update("xyz")
a.subtract({"a": 3})
print(a["a"], a["x"], a["missing"], sorted(a.elements())[:6])
print("{:^20}".format("centered"), "|{:*<8}|{:->8}|".format("l", "r"))
print("{0:>5}|{0:<5}|{0:^5}|{1:08.3f}|{2:+d}|{3:,}".format(42, 3.14159, 7, 1234567))
print(f"{'x':=^11}", f"{255:#x} {255:#o} {255:#b} {255:X}", f"{0.000123:.2e}", f"{1/3:.4g}")
