data = [4, 8, 15, 16, 23, 42]
print(len(data), sum(data), min(data), max(data), sum(data, 100))
print(sorted(data, reverse=True), list(reversed(data)))
print(list(map(str, data)), list(filter(lambda x: x % 2, data)))
print(any(x > 40 for x in data), all(x > 3 for x in data), any([]), all([]))
print(list(enumerate(data[:2])), list(zip(data, data[1:]))[:2])
print(max([], default='empty'), min([5], default=0))
print(max(data, key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len))
