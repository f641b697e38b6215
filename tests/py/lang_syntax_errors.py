# compile-time SyntaxError messages and positions for assorted invalid constructs
cases = ["[*a for a in b]", "{*a for a in b}", "{**a for a in b}", "print(*a for a in b)", "f(x for x in y, 1)",
         "[x for x in y if x else 1]", "(yield x for x in y)", "[i for i in range(3)] = 1",
         "def f():\n    x = yield = 1", "class C:\n    return 1", "f(**a, *b)", "f(a=1, a=2)", "f(a=1, 2)",
         "lambda: (yield)", "a, b += 1", "del [a, (b, c)]", "x = *a", "print(f'{x!z}')", "nonlocal x",
         "def f(*): pass", "def f(*, **k): pass", "def f(a=1, b): pass", "import a.b as", "from . import *",
         "with a as b, c as d, : pass", "if x:\npass"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
