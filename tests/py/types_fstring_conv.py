class R:
    def __repr__(self):
        return "R-repr-é"
    def __str__(self):
        return "R-str"
r = R()
s = "héllo\n"
print(f"{r}|{r!r}|{r!s}|{r!a}|{s!r}|{s!a}|{s!s}")
print(f"{r!r:>12}|{r!s:*<8}|{s!a:^20}|{42!r}|{3.5!a}|{None!s}|{[1, 'é']!a}")
x = 5
print(f"{x=}", f"{x = }", f"{x=!r}", f"{x=:>4}", f"{x*2=}", f"{s=}", f"{r=!s}", f"{r=}")
width, prec, val = 12, 4, 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:<{width}.{prec}e}]", f"[{val:^{width}}]", f"[{'txt':{'>'}{width}}]", f"[{x:{'0'}{width}d}]")
print(f"{'nested {braces}'}", f"{{x}}", f"{{{x}}}", f"{x:{'{'}^5}" if False else "skip", f"{'%d' % x}", f"{x!r:{width}}")
print(f"{1 if x else 2}", f"{(lambda: 'lam')()}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{x:x}{x:o}{x:b}")
