x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g2 = (d * 2 for d in data)
data = [9, 9]
print(list(g2))
def outer():
    n = 5
    return (n * i for i in range(3))
print(list(outer()))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(sum(i for i in range(5)), max((len(s) for s in ['a', 'bbb']), default=0))
