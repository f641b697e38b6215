def inner(n):
    for i in range(n):
        yield i
    return 'inner done ' + str(n)
def outer():
    r1 = yield from inner(2)
    print('got', r1)
    r2 = yield from inner(3)
    print('got', r2)
    yield from ['x', 'y']
    return 'outer done'
g = outer()
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))
def relay():
    total = yield from summer()
    yield 'total=' + str(total)
def summer():
    s = 0
    while True:
        v = yield s
        if v is None:
            return s
        s += v
r = relay()
next(r)
r.send(3)
r.send(4)
print(r.send(None))
def gen_ret():
    yield 1
    return 99
def wrapper():
    v = yield from gen_ret()
    return v * 2
w = wrapper()
next(w)
try:
    next(w)
except StopIteration as e:
    print('value', e.value)
