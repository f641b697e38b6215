text = 'abracadabra alakazam'
counts = {}
for ch in text:
    if ch == ' ':
        continue
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(word[0], []).append(word)
print(groups)
by_len = {}
for w in 'one three five seven eleven'.split():
    by_len[len(w)] = by_len.get(len(w), []) + [w]
print(dict(sorted(by_len.items())))
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k))[:3])
