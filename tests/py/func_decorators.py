def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args)
        r = fn(*args, **kwargs)
        print('ret', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'))
def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco
@tag('outer')
@trace
def mul(a, b):
    return a * b
print(mul(3, 4), mul.label)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class K: pass
print(K.decorated)
