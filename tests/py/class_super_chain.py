class Base:
    def __init__(self):
        print('Base.__init__')
        self.items = ['base']
class Mixin:
    def __init__(self):
        print('Mixin.__init__')
        super().__init__()
        self.items.append('mixin')
class Final(Mixin, Base):
    def __init__(self):
        print('Final.__init__')
        super().__init__()
        self.items.append('final')
f = Final()
print(f.items)
class A:
    def go(self, n):
        return 'A' + str(n)
class B(A):
    def go(self, n):
        return 'B' + super(B, self).go(n + 1)
class C(B):
    def go(self, n):
        return 'C' + super().go(n + 1)
print(C().go(0))
class P:
    @classmethod
    def make(cls):
        return 'P.make for ' + cls.__name__
class Q(P):
    @classmethod
    def make(cls):
        return 'Q+' + super().make()
print(Q.make())
