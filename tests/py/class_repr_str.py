class A:
    def __repr__(self):
        return 'A()'
class B:
    def __str__(self):
        return 'B as str'
class C:
    def __repr__(self):
        return 'C-repr'
    def __str__(self):
        return 'C-str'
for o in [A(), C()]:
    print(o, str(o), repr(o), [o], f'{o}', f'{o!r}')
b = B()
print(b, str(b))
print(repr(b).startswith('<__main__.B object at '))
print([A(), A()], (C(),), {'k': C()})
class D(C):
    pass
print(D(), repr(D()))
