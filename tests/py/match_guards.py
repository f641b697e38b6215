# Guards: evaluated after the pattern binds, only when it matched.
calls = []


def check(label, result):
    calls.append(label)
    return result


def classify(n):
    match n:
        case int(x) if check("neg", x < 0):
            return "negative"
        case int(x) if check("even", x % 2 == 0):
            return "even"
        case int(x) if check("big", x > 100):
            return "big odd"
        case int():
            return "small odd"
        case _ if check("default", True):
            return "not an int"


for n in [-3, 4, 101, 7, "x"]:
    calls.clear()
    print(n, classify(n), calls)

# Guards can use walrus and see earlier names.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# A guard on a wildcard.
for v in [1, 2]:
    match v:
        case _ if v == 1:
            print("guarded wildcard took", v)
        case _:
            print("plain wildcard took", v)

# Guard raising an exception propagates.
try:
    match 0:
        case x if 1 / x:
            print("no")
except ZeroDivisionError as e:
    print("guard raised", e)

# Guard with and/or/not.
for v in [(1, 2), (2, 2), (5, 0)]:
    match v:
        case (a, b) if a < b and not b == 0:
            print(v, "ascending")
        case (a, b) if a == b or b == 0:
            print(v, "equal or zero")
