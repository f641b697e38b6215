import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ('wrapped', f(*args, **kwargs))
    return wrapper

@deco
def add(a, b):
    """Add two things."""
    return a + b

print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(3, 4), add.__wrapped__.__name__)

def plain(): pass
plain.extra = 42
def w(): pass
functools.update_wrapper(w, plain)
print(w.__name__, w.extra, w.__wrapped__ is plain)

def w2(): pass
functools.update_wrapper(w2, plain, assigned=('__doc__',), updated=())
print(w2.__name__, hasattr(w2, 'extra'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def counted(f):
    @functools.wraps(f)
    def inner(*a):
        inner.calls += 1
        return f(*a)
    inner.calls = 0
    return inner

@counted
def sq(x):
    return x * x

print([sq(i) for i in range(4)], sq.calls, sq.__name__)

class Memo:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
    def __call__(self, *a):
        return self.func(*a)

@Memo
def hello(n):
    """says hello"""
    return 'hello ' * n

print(hello(2), hello.__doc__, hello.__name__)
