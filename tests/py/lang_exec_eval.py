# exec / eval with explicit namespaces
g = {"a": 2}
exec("b = a * 21", g)
print(g["b"], "__builtins__" in g)

l = {}
exec("c = a + 1\nd = c * 2", g, l)
print(sorted(l.items()), "c" in g)

print(eval("a + b", g))
print(eval("x * y", {"x": 3}, {"y": 4}))
print(eval("  1 + 1  "))
print(eval("len(s)", {"s": "hello"}))

def f():
    z = 5
    return eval("z + 1")
print(f())

ns = {}
exec("def sq(n):\n    return n * n\nres = sq(7)", ns)
print(ns["res"], ns["sq"](3), ns["sq"].__name__)

exec("import math as m", ns)
print(ns["m"].sqrt(16))

try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)

print(exec("1+1"))
g2 = {"__builtins__": {"len": len}}
print(eval("len('abc')", g2))
try:
    eval("print('x')", g2)
except NameError as e:
    print(type(e).__name__, e)

# exec sees class-body-like locals mapping
class Ns(dict):
    def __missing__(self, k):
        return "missing:" + k
print(eval("foo", {}, Ns()))
loc = {}
exec("for i in range(3):\n    t = i * i", {}, loc)
print(loc)
