records = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(records, key=lambda r: r[1]))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: (x % 3, x))
print(nums)
words = 'the Quick brown fox Jumped over THE lazy dog'.split()
words.sort(key=str.lower)
print(words)
mixed = [[3, 1], [1, 2, 3], [1, 2], [], [3]]
print(sorted(mixed))
print(sorted([2.5, 1, True, 0.0]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
