text = '''It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity'''
freq = {}
for raw in text.split():
    w = raw.strip('.,;').lower()
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f'{w:>8} {c:>3} ' + '*' * c)
print(len(freq), sum(freq.values()))
print(max(freq, key=lambda w: (len(w), w)))
