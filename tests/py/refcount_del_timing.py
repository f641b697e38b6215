class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('freed', self.n)
def use():
    r = Res(1)
    print('using', r.n)
    return 'done'
print(use())
r = Res(2)
holder = [r]
del r
print('r deleted, still held by list')
holder.clear()
print('list cleared')
a = Res(3)
a = Res(4)
print('rebound')
def chain():
    return Res(5).n
print(chain())
d = {'x': Res(6)}
del d['x']
print('dict entry deleted')
t = (Res(7),)
t = None
print('end of program')
