def risky():
    yield 1
    raise ValueError('from generator')
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'dead'))
def guarded():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except GeneratorExit:
            raise
        finally:
            print('finally', i)
out = []
try:
    for v in guarded():
        out.append(v)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(out)
def running():
    yield 1
    yield 2
gen = running()
print(next(gen))
gen.close()
print(list(gen))
