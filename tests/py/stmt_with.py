class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx('a') as v:
    print('body', v)
with Ctx('b', swallow=True):
    raise ValueError('swallowed')
print('after b')
try:
    with Ctx('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with Ctx('x') as x, Ctx('y') as y:
    print('both', x, y)
def f():
    with Ctx('ret'):
        return 'returned'
print(f())
for i in range(2):
    with Ctx('loop%s' if False else 'loop'):
        if i == 0:
            continue
        break
print('end')
