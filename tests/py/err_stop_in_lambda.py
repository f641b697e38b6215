items = [3, 1, 2]
keyfn = lambda x: x.lower()
print(sorted(items, key=keyfn))
