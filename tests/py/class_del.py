class Noisy:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('delete', self.name)
a = Noisy('a')
del a
print('after del a')
b = Noisy('b1')
b = Noisy('b2')
print('after rebinding b')
def scope():
    c = Noisy('c')
    print('leaving scope')
scope()
print('after scope')
l = [Noisy('in-list')]
l.pop()
print('after pop')
d = {'k': Noisy('in-dict')}
d['k'] = None
print('after dict overwrite')
x = Noisy('x')
y = x
del x
print('x deleted, y still alive')
del y
print('end')
b = None
print('really end')
