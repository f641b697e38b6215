def g():
    yield 1
    return {'result': 42}
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def h():
    return 'immediate'
    yield
try:
    next(h())
except StopIteration as e:
    print(repr(e.value))
def raises_stop():
    yield 1
    raise StopIteration('inside')
try:
    list(raises_stop())
except RuntimeError as e:
    print('RuntimeError:', e)
    print(type(e.__cause__).__name__)
