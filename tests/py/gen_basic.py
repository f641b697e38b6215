def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(count(5)), sum(count(101)))
def letters():
    yield 'a'
    yield 'b'
    return
    yield 'never'
print(list(letters()))
def empty():
    return
    yield
print(list(empty()))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
out = []
for s in squares():
    if s > 50:
        break
    out.append(s)
print(out)
