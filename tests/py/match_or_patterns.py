# Or-patterns: alternatives tried left to right, names bound consistently.


def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [x] | (x, _):
            return f"x={x}"
        case {"k": y} | [_, _, y]:
            return f"y={y}"
        case (a, 0) | (0, a):
            return f"a={a}"
        case None | True | False:
            return "singleton"
        case _:
            return "other"


for v in [1, 3, 4, "a", "c", [9], (7, 8), {"k": 5}, [1, 2, 3], [4, 0, 0], (0, 6), (6, 0), None, False, 2.0]:
    print(repr(v), "->", f(v))

# Alternatives that bind the same names in different orders.
for v in [(1, "x"), ("y", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# Nested or-patterns and or inside sequences.
for v in [[1, "a"], [2, "b"], [3, "c"], [1, "z"]]:
    match v:
        case [(1 | 2) as num, ("a" | "b") as let]:
            print("num", num, "let", let)
        case [1 | 2 | 3, _]:
            print("number without letter", v)
        case _:
            print("no")

# An or-pattern with captures after earlier captures.
match [1, [2, 3]]:
    case [first, [second, 3] | [3, second]]:
        print(first, second)
match [1, [3, 2]]:
    case [first, [second, 3] | [3, second]]:
        print(first, second)
# The last alternative may be irrefutable.
match 99:
    case (1 as other) | other:
        print("other", other)
