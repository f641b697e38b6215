def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled ValueError', e)
    finally:
        print('cleanup')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad value'))
w.send(2)
w.close()
print('closed')
def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(it, 'finished'))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
s = stubborn()
next(s)
s.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def thrower():
    v = yield 'first'
    yield 'after throw'
t = thrower()
print(next(t))
try:
    print(t.throw(TypeError, 'tt'))
except TypeError as e:
    print('TypeError:', e)
