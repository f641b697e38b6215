# generator odds and ends: laziness, infinite generators, gen in gen, expressions
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    return [v for _, v in zip(range(n), it)]
print(take(5, naturals()))
def squares(it):
    for v in it:
        yield v * v
print(take(4, squares(naturals())))
def lazy():
    print("started")
    yield 1
g = lazy()
print("created")
print(next(g))
def multi_yield():
    x = yield
    y = yield x * 2
    yield x + y
m = multi_yield()
next(m)
print(m.send(3), m.send(4))
gen_exp = (c.upper() for c in "abc" if c != "b")
print(next(gen_exp), list(gen_exp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(10, fib()))
def early_return(flag):
    yield "a"
    if flag:
        return
    yield "b"
print(list(early_return(True)), list(early_return(False)))
def gen_with_try():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup on close")
        raise
g2 = gen_with_try()
next(g2)
del g2
print("after del")
def yield_in_finally():
    try:
        return
    finally:
        yield "from finally"
print(list(yield_in_finally()))
print(sum(i for i in range(101)), any(i > 3 for i in range(5)), all(i < 3 for i in range(5)))
def gen_args(*a, **k):
    yield a
    yield k
print(list(gen_args(1, x=2)))
