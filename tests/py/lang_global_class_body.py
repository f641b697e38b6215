# global and nonlocal statements inside class bodies and methods
g = "global-g"
class C:
    global g
    g = "set from class body"
    local = "class-local"
print(g, C.local)
def make():
    v = "enclosing"
    class D:
        nonlocal v
        v = "rebound by class"
        w = v
    return v, D.w
print(make())
counter = 0
class E:
    def bump(self):
        global counter
        counter += 1
        return counter
E().bump(); E().bump()
print(counter)
def outer():
    hits = 0
    class F:
        def hit(self):
            nonlocal hits
            hits += 1
    F().hit(); F().hit()
    return hits
print(outer())
class G:
    x = 1
    def m(self):
        try:
            return x
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
print(G().m())
exec("global fresh\nfresh = 'from exec'", globals())
print(fresh)
def exec_in_func():
    loc = 1
    exec("loc = 2")
    return loc
print(exec_in_func())
def exec_global():
    exec("global eg\neg = 5")
exec_global()
print(eg)
x = "module x"
class H:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(H.y, H.z)
