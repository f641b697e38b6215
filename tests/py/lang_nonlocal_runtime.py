# nonlocal at runtime: free variables referenced before assignment, cells shared
def before():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = "now bound"
    return inner()
print(before())
def rebinding_loop():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(rebinding_loop())
def nonlocal_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_loop())
def two_levels():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid(), x
print(two_levels())
def nonlocal_and_local_shadow():
    y = "outer"
    def f():
        y = "f-local"
        def g():
            nonlocal y
            y = "g-changed-f"
        g()
        return y
    return f(), y
print(nonlocal_and_local_shadow())
def delete_cell():
    z = 1
    def read():
        return z
    def remove():
        nonlocal z
        del z
    remove()
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
delete_cell()
def gen_closure():
    state = []
    def g():
        while True:
            state.append(len(state))
            yield list(state)
    return g()
gc = gen_closure()
print(next(gc), next(gc))
