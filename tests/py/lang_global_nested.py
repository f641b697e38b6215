# global and nonlocal across nested closures and class bodies
x = "module"
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = middle()
    print(f(), f(), x)
    def g():
        global x
        x = "changed-global"
    g()
    print("outer x", x)
outer()
print("global x", x)

class C:
    y = x          # class body reads global
    x = "class"    # then binds its own
    z = x
    def m(self):
        return x   # methods skip class scope
print(C.y, C.z, C().m())

def f2():
    a = 1
    class K:
        a = 2
        b = a
        def get(self):
            return a
    return K.b, K().get()
print(f2())

def f3():
    v = 10
    class K:
        nonlocal v
        v = 20
    return v
print(f3())

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())

def shadow():
    global newglobal
    newglobal = 42
shadow()
print(newglobal)

def deep():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
            l3(); l3()
        l2()
    l1()
    return a
print(deep())
