# match inside loops, functions, generators, closures, classes; break,
# continue and return from case bodies.

for i in range(8):
    match i:
        case 0:
            continue
        case 5:
            break
        case n if n % 2:
            print("odd", n)
        case n:
            print("even", n)
else:
    print("loop finished without break")


def first_pair(items):
    for it in items:
        match it:
            case (a, b):
                return a, b
            case _:
                pass
    return None


print(first_pair([1, "x", (2, 3), (4, 5)]), first_pair([]))


def tokens(stream):
    for item in stream:
        match item:
            case int(n):
                yield ("int", n)
            case [*parts]:
                yield from tokens(parts)
            case str(s):
                yield ("str", s)


print(list(tokens([1, ["a", [2, 3]], "b"])))

adders = []
for spec in [("add", 1), ("add", 10), ("mul", 3)]:
    match spec:
        case ("add", k):
            adders.append(lambda x, k=k: x + k)
        case ("mul", k):
            adders.append(lambda x: x * k)
print([f(2) for f in adders])


def make_counter(v):
    match v:
        case {"start": start}:
            def counter():
                nonlocal start
                start += 1
                return start
            return counter


c = make_counter({"start": 10})
print(c(), c())


class Config:
    match {"debug": True, "level": 3}:
        case {"debug": bool(debug), "level": level}:
            verbose = debug and level > 2


print(Config.debug, Config.level, Config.verbose)

total = 0


def accumulate(v):
    global total
    match v:
        case int(total):
            pass


accumulate(42)
print("global bound by pattern:", total)

try:
    for v in [1, 2]:
        match v:
            case 2:
                raise ValueError("two")
            case _:
                print("before raise", v)
except ValueError as e:
    print("caught", e)

while True:
    match input_line := "quit":
        case "quit":
            print("quitting on", input_line)
            break

match __doc__, __name__:
    case (None, "__main__"):
        print("no docstring, running as __main__")
