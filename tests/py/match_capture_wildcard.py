# Capture and wildcard patterns, and when names get bound.

match 42:
    case x:
        print("captured", x)

match "anything":
    case _:
        print("wildcard matched")
print("underscore bound?", "_" in globals())

# A failed case binds nothing (CPython stores captures only on success).
a = b = "unset"
match [1, 2]:
    case [a, 3]:
        print("no")
    case [b, 2]:
        print("second case b =", b)
print("a =", a, "b =", b)

# A failing guard still leaves the pattern's names bound.
p = q = "unset"
match (5, 6):
    case (p, q) if p > q:
        print("no")
    case _:
        print("guard failed, p =", p, "q =", q)


def f(v):
    match v:
        case [x, y]:
            return x + y
        case x:
            return ("fallback", x)


print(f([1, 2]), f("ab"), f(None))


def unbound():
    match 1:
        case 2:
            y = "never"
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(unbound())

# Wildcards inside structures never bind.
match [1, 2, 3]:
    case [_, _, third]:
        print("third", third)
match {"a": 1}:
    case {"a": _}:
        print("key present")
