# the forced colon after else/try/finally: "expected ':'"
for src in ["try pass", "try:\n    pass\nfinally pass", "if x:\n    pass\nelse pass", "while x:\n    pass\nelse:", "try:\n    pass\nexcept:\n    pass\nelse x", "else: pass", "try x = 1"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
