# closures: late binding, cell contents, __closure__
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__closure__[0].cell_contents)
print(c1.__code__.co_freevars, counter.__code__.co_cellvars)
def outer():
    x = "first"
    def get():
        return x
    x = "second"
    return get
print(outer()())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound())
def no_closure():
    pass
print(no_closure.__closure__)
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = shared()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0])
def param_cell(p):
    def f():
        return p
    p = p * 2
    return f
print(param_cell(21)())
def local_before_assign():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
local_before_assign()
g = 0
def reads_then_writes():
    try:
        g += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
reads_then_writes()
def class_in_closure():
    val = "captured"
    class K:
        attr = val
        def m(self):
            return val
    return K.attr, K().m()
print(class_in_closure())
