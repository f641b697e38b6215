def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    for l in lines:
        if l.strip():
            yield l.strip()
def numbered(lines):
    n = 0
    for l in lines:
        n += 1
        yield str(n) + ': ' + l
text = 'first\n\n  second  \n\nthird\n'
for l in numbered(non_empty(read_lines(text))):
    print(l)
evens = (x for x in range(20) if x % 2 == 0)
sq = (x * x for x in evens)
big = (x for x in sq if x > 50)
print(list(big))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * 3 for x in naturals()))))
