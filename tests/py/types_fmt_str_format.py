print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{{}} {{{0}}}".format(5))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}), "{.__name__}".format(int))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("a"), "{:>{width}}".format("r", width=4))
print("{:{}{}{}}".format(42, "*", "^", 8), "{0:{1}}".format(3.14159, ".2f"), "{x[0][1]}".format(x=[[0, 1]]))
d = {"name": "Ann", "n": 3}
print("{name} has {n}".format(**d), "{name}".format_map(d), "{0}{1}".format(*"ab"))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
print("{:}".format(5), "{0:}".format("s"), "{0!s:}".format(1), "{:%}".format(0.25), "{:,.2f}".format(1234567.891))
print(str.format("{}+{}", 1, 2), "{0[-1]}".format({-1: "neg"}) if False else "skip", "{0[a b]}".format({"a b": 1}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "{}".format())
t(lambda: "{1}".format(1))
t(lambda: "{a}".format(b=1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{!x}".format(1))
t(lambda: "{0.nope}".format(1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[x]}".format({}))
t(lambda: "{:d}".format("s"))
t(lambda: "{:{}}".format(1))
