import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def f():
        return 1

    print(f())
"""))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("  a\n\tb"))
show(textwrap.dedent("\ta\n\t\tb\n\t c"))
show(textwrap.dedent("  a\n   \n  b\n"))
show(textwrap.dedent("  a\n \t \n    b  \n"))
show(textwrap.dedent("no indent\n  some"))
show(textwrap.dedent(""))
show(textwrap.dedent("   "))
show(textwrap.dedent("\n\n  x\n\n"))
show(textwrap.dedent("  x\r\n  y\r\n"))
show(textwrap.dedent(" \t a\n \t b"))
show(textwrap.dedent("    hello\n  world\n      again"))

show(textwrap.indent("a\nb\n\nc\n", "> "))
show(textwrap.indent("a\n  \nb", "+"))
show(textwrap.indent("a\r\nb\rc", ".."))
show(textwrap.indent("a\nb\n\nc\n", "# ", lambda line: True))
show(textwrap.indent("one\ntwo\nthree\n", "- ", lambda line: "o" in line))
show(textwrap.indent("", "x"))
show(textwrap.indent("only", ""))
try:
    textwrap.indent(5, "x")
except AttributeError as e:
    print("AttributeError:", e)

code = textwrap.dedent("""
        for i in range(3):
            print(i)
""")
show(code)
show(textwrap.indent(code, "    ").splitlines())
