word = 'mississippi'
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([c for c in word if c not in 'aeiou'])
print(list(enumerate('abc')))
print(list(zip('abc', 'xyz')))
print(list(reversed('abc')), sorted('banana'))
print(max('hello'), min('hello'), 'l' in 'hello')
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
