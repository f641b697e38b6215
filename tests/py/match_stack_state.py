# The subject copies and captures live on the value stack: generators that
# yield inside a guard, exceptions unwinding through a match, compile modes.
def g():
    for v in [[1, 2], [3, 4], "s"]:
        match v:
            case [a, b] if (yield a):
                yield ("accepted", a, b)
            case [a, *_] if (yield ("second look", a)):
                yield "second accepted"
            case _:
                yield ("default", v)
gen = g()
print(next(gen))
print(gen.send(False))
print(gen.send(True))
print(next(gen))
print(gen.send(0))
print(gen.send(None))
print(list(gen))
for i in range(3):
    try:
        match [i, "pad"]:
            case [x, "pad"] if 1 / x > 0.6:
                print("big", i)
            case [x, y]:
                print("small", i, y)
    except ZeroDivisionError as e:
        print("caught", e, "at", i)
def ret_in_or():
    for i in range(3):
        match i, [i]:
            case (0, _) | (_, [2]):
                return i * 10 if i else "zero first"
    return "none"
print(ret_in_or())
import sys
src = "match 3:\n    case 3: print('interactive ok')\n\n"
exec(compile(src, "<stdin>", "single"))
print(eval("[x for x in [1, 2] if x]"))
code = compile("match v:\n case [a]: r = a\n case {'k': a}: r = -a\n case _: r = None\n", "<m>", "exec")
for v in [[5], {"k": 5}, 7]:
    ns = {"v": v}
    exec(code, ns)
    print(ns["r"])
