for fill in ["", "*", "0", " ", "é", "{", "}"]:
    for align in ["<", ">", "^", "="]:
        spec = fill + align + "9"
        try:
            print(repr(spec), repr(format(-42, spec)), repr(format(3.5, spec)), repr(format("ab", spec)) if align != "=" else "-")
        except ValueError as e:
            print(repr(spec), type(e).__name__, e)
print("{:{}^{}}".format("x", "-", 7), "{:>{}}".format(3, 4), f"{'a':{'*'}<5}")
print(format(5, "+"), format(-5, "+"), format(5, " "), format(-5, " "), format(5, "-"), format(0, "+"), format(-0.0, "+"), format(0.0, " "))
