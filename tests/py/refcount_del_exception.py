class Guard:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('guard released', self.name)
def work(fail):
    g = Guard('work-' + str(fail))
    if fail:
        raise ValueError('failed')
    return 'ok'
print(work(False))
try:
    work(True)
except ValueError as e:
    print('caught', e)
print('after handler')
def gen():
    g = Guard('gen')
    yield 1
    yield 2
it = gen()
print(next(it))
del it
print('generator dropped')
