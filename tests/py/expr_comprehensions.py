print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in 'ab'])
print([[i * j for j in range(4)] for i in range(3)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
x = 'outer'
print([x for x in 'inner'], x)
print([y for x in [[1, 2], [3]] for y in x])
print(sorted({w.lower() for w in ['A', 'a', 'B']}))
def f(n):
    return [i for i in range(n) if i * i < n]
print(f(30))
print([(lambda: i)() for i in range(3)])
