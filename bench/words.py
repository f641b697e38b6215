# Dict and str heavy: word counting and string building.
def make_text(n):
    syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'zo', 'pe']
    seed = 7
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + seed % 3
        w = ''
        for j in range(k):
            w += syll[(seed >> (4 + 3 * j)) % 8]
        words.append(w)
    return ' '.join(words)
text = make_text(800000)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
parts = []
for w, c in sorted(counts.items()):
    parts.append(w.upper() + '=' + str(c))
joined = ';'.join(parts)
print(len(joined), joined.count('KA'), joined[:40])
