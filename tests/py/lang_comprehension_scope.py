# comprehension and generator expression scoping
x = "global"
lst = [x for x in range(3)]
print(lst, x)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    y = 10
    try:
        bad = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
    first = [v + 1 for v in range(2)]
print(C.doubled, C.err, C.first)
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}, {n + i for i in range(2)}
print(f())
g = (i * i for i in range(4))
print(type(g).__name__, list(g), list(g))
nested = [(a, b) for a in range(3) for b in range(a)]
print(nested)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
def gen_late():
    items = [1, 2]
    g = (v for v in items)
    items.append(3)
    return list(g)
print(gen_late())
def gen_first_iter_eager():
    try:
        g = (v for v in undefined_thing)
    except NameError as e:
        return "eager: " + str(e)
print(gen_first_iter_eager())
print([y for y in [1] if (z := y + 1)], z)
print({k: v for k, v in zip("ab", (1, 2))}, sorted({c for c in "hello"}))
print([i for i in range(10) if i % 2 if i % 3])
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord))
try:
    [undefined for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
