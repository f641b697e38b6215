x = 0
def a():
    x = 1
    def b():
        x = 2
        def c():
            return x
        return c()
    return b(), x
print(a(), x)
class K:
    v = 10
    def m(self):
        return v_global
v_global = 'module'
print(K().m())
def gen_scope():
    items = [1, 2]
    return [i + len(items) for i in items]
print(gen_scope())
