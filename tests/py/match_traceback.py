# An uncaught error raised inside a class pattern shows the pattern.


class Bad:
    __match_args__ = "x"


def check(v):
    match v:
        case int():
            return "int"
        case Bad(x):
            return x


print(check(1))
print(check(Bad()))
