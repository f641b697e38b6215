# Module-level (LOAD_NAME/STORE_NAME) and class-body name lookups see every
# rebinding, deletion, shadowing of builtins and direct dict mutation.
out = []
for i in range(4):
    out.append(len("abc"))
    if i == 1:
        len = lambda s: "shadow"
    if i == 2:
        del len
print(out)
total = 0
for i in range(5):
    total = total + i
    if i == 2:
        globals()["total"] = 100
print(total)
for i in range(3):
    x = i
    if i == 1:
        del x
        x = "again"
print(x)
g = globals()
for i in range(3):
    y = i
    g["y"] = y * 10
    print(y, end=" ")
print()
for i in range(12):
    g["extra_%d" % i] = i
    z = i
print(z, extra_11)
import builtins
for i in range(3):
    if i == 1:
        builtins.abs = lambda v: "patched"
    print(abs(-5), end=" ")
del builtins.abs
print()
try:
    abs(-1)
except NameError as e:
    print("NameError", e)

builtins.abs = float
print(abs(-2))


class C:
    a = 1
    b = a + 1
    a = "rebound"
    c = a
    for k in range(3):
        c = c + "!"
    del k
    print(a, b, c, len("xyz"))


print(C.c, hasattr(C, "k"))
code = compile("w = 1\nfor i in range(3):\n    w = w + i\nr = w\n", "<s>", "exec")
for ns in ({}, {"w": 50}):
    exec(code, ns)
    print(ns["r"])
loc = {}
exec(code, {}, loc)
print(sorted(loc.items()))
