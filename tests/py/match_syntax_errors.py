# Compile-time errors in match statements: message, line and offsets.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case (a | b):\n        pass",
    "match x:\n    case 1 | y | 2:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': a, **a}:\n        pass",
    "match x:\n    case [a] | [b]:\n        pass",
    "match x:\n    case [a, b] | [a]:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case (*a, b, *c):\n        pass",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
    "match x:\n    case {1: _, True: _}:\n        pass",
    "match x:\n    case {-1: _, -1.0: _}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case a as _:\n        pass",
    "match x:\n    case f'{x}':\n        pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case {**_}:\n        pass",
    "match x:\n    case *a:\n        pass",
    "match x:\n    case (*a):\n        pass",
    "match x:\n    case x if x:\n        pass\n    case x as y:\n        pass\n    case 2:\n        pass",
    "match x:\n    case __debug__:\n        pass",
    "match x:\n    case a.b():\n        pass\n    case c():\n        pass",
    "match x:\n    case f(x) if x:\n        pass",
    "match x:\n    case 1:\n    pass",
    "match x:\n    pass",
    "def f():\n    match x:\n        case [a, *b] | [*b, a]:\n            return a",
    "match x:\n    case {0xFFFFFFFFFFFFFFFFFF: _, 4722366482869645213695: _}:\n        pass",
    "match x:\n    case {'10:99999999999999999999': 1, 99999999999999999999: 2}:\n        pass",
    "match x:\n    case {-9223372036854775808: 1, -9223372036854775808: 2}:\n        pass",
    "match x:\n    case {0: 1, -0.0: 2}:\n        pass",
    "match x:\n    case {b'a': 1, 'a': 2, b'a': 3}:\n        pass",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}-{e.end_offset})")

# exec() raises the same SyntaxError.
try:
    exec("match 1:\n    case x:\n        pass\n    case _:\n        pass")
except SyntaxError as e:
    print("exec:", e.msg, e.lineno, e.offset)
