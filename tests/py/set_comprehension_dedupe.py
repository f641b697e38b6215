nums = [5, 3, 5, 1, 3, 9, 0, 1]
print(sorted(set(nums)), len(set(nums)))
print({n % 4 for n in nums})
words = ['Apple', 'apple', 'BANANA', 'banana', 'cherry']
print(sorted({w.lower() for w in words}))
seen = set()
firsts = [n for n in nums if not (n in seen or seen.add(n))]
print(firsts)
squares = {x * x for x in range(-4, 5)}
print(sorted(squares))
print(len({(i % 3, i % 2) for i in range(100)}))
