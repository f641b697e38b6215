# Generator pipelines and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def windowed(it):
    prev = None
    for x in it:
        if prev is not None:
            yield x - prev
        prev = x
total = sum(squares(evens(numbers(3000000))))
diffs = sum(d % 1000 for d in windowed(x * 3 for x in numbers(2000000)))
print(total, diffs)
