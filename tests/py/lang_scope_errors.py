# SyntaxErrors from the symbol table
cases = [
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "class C:\n    nonlocal q\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    global x\n    x = 1\n",
    "def f():\n    del x\n    global x\n",
    "def f(a, a):\n    pass\n",
    "def f(*, a, a):\n    pass\n",
    "lambda a, a: 0\n",
    "return 1\n",
    "yield 1\n",
    "def f():\n    break\n",
    "for i in []:\n    def g():\n        continue\n",
    "x = 1\nglobal x\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
