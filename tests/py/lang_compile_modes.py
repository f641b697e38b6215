# compile() modes and code object reuse
co = compile("x = x + 1", "<acc>", "exec")
print(type(co).__name__, co.co_filename)
ns = {"x": 0}
for _ in range(5):
    exec(co, ns)
print(ns["x"])

e = compile("a * 2", "<e>", "eval")
print([eval(e, {"a": i}) for i in range(4)])

s = compile("1 + 2", "<s>", "single")
exec(s)
s2 = compile("None", "<s>", "single")
exec(s2)
s3 = compile("'text'", "<s>", "single")
exec(s3)
s4 = compile("y = 5", "<s>", "single")
d = {}
exec(s4, d)
print(d["y"])

try:
    compile("a = 1", "<x>", "eval")
except SyntaxError as ex:
    print(type(ex).__name__, ex.msg)
try:
    compile("1", "<x>", "bogus")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    compile("x = (", "myfile.py", "exec")
except SyntaxError as ex:
    print(type(ex).__name__, ex.filename, ex.lineno)

fco = compile("def f(n):\n    return n + 100\n", "<def>", "exec")
g = {}
exec(fco, g)
print(g["f"](1), g["f"].__code__.co_filename)
print(eval(compile("[i for i in range(3)]", "<c>", "eval")))
print(co.co_name, e.co_name)
