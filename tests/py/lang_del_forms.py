# del statement on names, attributes, items, slices, tuples
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
del lst[1:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del (p, q)
print("p" in dir(), "q" in dir())
m, n = 1, 2
del [m, n]
print("m" in globals())
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())
def free_del():
    w = 1
    def inner():
        return w
    del w
    try:
        inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(free_del())
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
class Items:
    def __delitem__(self, k):
        print("delitem", k)
it = Items()
del it[1], it[1:2], it["x", 2]
nested = {"a": [1, {"b": 2}]}
del nested["a"][1]["b"]
print(nested)
for src in ("del f()", "del 1", "del (a + b)", "del *a,"):
    try:
        compile(src, "<d>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
