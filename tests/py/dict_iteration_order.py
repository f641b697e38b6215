d = {}
for w in ['pear', 'apple', 'fig', 'apple', 'kiwi', 'pear']:
    d[w] = d.get(w, 0) + 1
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k.upper(), v * 10)
d.pop('apple')
d['apple'] = 99
print(list(d))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(dict(sorted(d.items())))
rev = {v: k for k, v in d.items()}
print(rev)
