class Obj:
    cls_attr = 'class'
o = Obj()
setattr(o, 'x', 1)
print(getattr(o, 'x'), getattr(o, 'missing', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
delattr(o, 'x')
print(hasattr(o, 'x'))
print(getattr(o, 'cls_attr'))
o.cls_attr = 'instance'
print(o.cls_attr, Obj.cls_attr)
del o.cls_attr
print(o.cls_attr)
print(sorted(k for k in o.__dict__))
o.a = 1
o.b = 2
print(o.__dict__)
try:
    o.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
class WithGetattr:
    def __getattr__(self, name):
        return name.upper()
w = WithGetattr()
w.real = 'real'
print(w.real, w.virtual)
