# exec/eval namespace details: builtins injection, closures, class bodies, functions defined inside
g = {}
exec("x = 1", g)
print(sorted(k for k in g if k != "__builtins__"), type(g["__builtins__"]).__name__ in ("module", "dict"))
l = {}
exec("def f():\n    return y\ny = 5", g, l)
try:
    l["f"]()
except NameError as e:
    print(type(e).__name__, e)
g2 = {}
exec("def f():\n    return y\ny = 5", g2)
print(g2["f"]())
src = "class K:\n    a = 1\n    b = a + 1\nres = K.b"
ns = {}
exec(src, ns)
print(ns["res"])
print(eval("[n * m for n in range(3)]", {"m": 2}))
print(eval("(lambda q: q + k)(1)", {"k": 10}))
code = compile("total += step", "<inc>", "exec")
ctx = {"total": 0, "step": 3}
for _ in range(4):
    exec(code, ctx)
print(ctx["total"])
def caller():
    local_var = "visible"
    return eval("local_var.upper()")
print(caller())
def exec_sees_locals():
    a = 1
    loc = {}
    exec("b = a + 1", globals(), {"a": a, **loc})
    return "ok"
print(exec_sees_locals())
e = eval("__name__")
print(e)
print(eval("__name__", {}))
print(eval("__name__", {"__name__": "custom"}))
exec("import math\nr = math.floor(3.9)", ns)
print(ns["r"])
try:
    exec("raise ValueError('inside exec')")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    eval("1/0")
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex)
print(eval(b"1 + 2"), eval("3\n"), exec(b"pass"))
