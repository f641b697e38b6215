# starred assignment targets and unpacking errors
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
(j, k), *rest = [(1, 2), 3, 4]
print(j, k, rest)
[l, [m, *n]] = [0, [1, 2, 3]]
print(l, m, n)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
x = y = z = "same"
print(x is y is z)
p, q = q2, p2 = 1, 2
print(p, q, q2, p2)
t = 1, 2
u, = [9]
print(t, u)
lst = [0, 0, 0]
lst[0], lst[1:] = "a", ["b", "c"]
print(lst)
class O: pass
o = O()
o.a, o.b = 5, 6
print(o.a, o.b)
dct = {}
dct["k"], dct["j"] = 1, 2
print(dct)
for src in ("a, b = 1, 2, 3", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b) = 'abc'", "a, = []"):
    try:
        exec(src, {})
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
for src in ("*a = [1]", "a, *b, *c = [1, 2]", "*a, = [1, 2]"):
    try:
        ns = {"b": []}
        exec(src, ns)
        print("ok", ns.get("a"))
    except SyntaxError as ex:
        print(type(ex).__name__, ex.msg)
def swap():
    m, n = 1, 2
    m, n = n, m
    return m, n
print(swap())
it = iter([1, 2, 3, 4])
a1, *mid = it
print(a1, mid)
a, b, *c = {"k1": 1, "k2": 2}
print(a, b, c)
