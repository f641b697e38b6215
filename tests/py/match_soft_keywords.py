# `match`, `case` and `_` stay ordinary identifiers.
match = 1
case = 2
_ = 3
print(match, case, _)


def match(x):
    return ("called match", x)


print(match(1))
print(match (2))


class case:
    attr = "case attribute"

    def __call__(self):
        return "called case"


print(case.attr, case()())
match = [10, 20]
print(match[0], match[1:])
match[0] = 11
print(match)
match = {"k": "v"}
print(match["k"])
match, case = "m", "c"
print(match + case)
match: str = "annotated"
print(match)
print([match for match in range(3)])
print({case: 1 for case in "ab"})
lambda match: match
x = 5
match -x:
    case -5:
        print("match statement with a unary subject")
match = 7
match match:
    case 7:
        print("matching on a variable called match")
case = 8
match case:
    case case if case == 8:
        print("capture named case:", case)
match (x):
    case _:
        print("parenthesised subject")
match * 2 if False else None
print(match * 2)
match.__class__
print(match.__class__.__name__)


def case(match, case=1):
    return match + case


print(case(match=1, case=2))
match [1]:
    case [match]:
        print("match rebound inside a pattern:", match)
