names = ['ann', 'bob', 'cy']
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 10):
    print(i, n)
print(list(zip(names, ages)))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(dict(zip(names, ages)))
print(list(zip()), list(zip([1])))
print([a * b for a, b in zip(range(5), range(5, 10))])
