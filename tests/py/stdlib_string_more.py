import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords(" a-b c_d "), string.capwords("x,y z", ","), repr(string.capwords("")))
T = string.Template
t = T("$who likes ${what}; cost $$5; $who again")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "A", "what": "b"}, what="override"))
print(t.safe_substitute(who="X"), T("$a $b").safe_substitute({"a": 1}), T("${x}y").substitute(x=2))
print(t.template, T("$x").get_identifiers() if hasattr(T, "get_identifiers") else "", T("$x").is_valid() if hasattr(T, "is_valid") else "")
for bad in [lambda: T("$who").substitute(), lambda: T("$").substitute(), lambda: T("${bad").substitute(bad=1), lambda: T("$1").substitute(),
            lambda: T("x $y").substitute(z=1), lambda: T("a $ b").substitute()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(T("$ ok").safe_substitute(), T("${a").safe_substitute(a=1), T("$$").substitute())
class MyT(T):
    delimiter = "%"
print(MyT("%x and $x").substitute(x=5))
class IdT(T):
    delimiter = "@"

print(IdT("@ab_c $x").safe_substitute(ab_c="Z"))
f = string.Formatter()
print(f.format("{0} {1!r} {x:>5}|{y:.2f}", "a", "b", x="r", y=3.14159))
print(f.format("{a[0]} {b.real}", a=[9], b=3), f.vformat("{} {}", (1, 2), {}))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError", e)
print("{:,}".format(10**7), "{:_x}".format(255**3), "{:e}".format(12345.678), "{:%}".format(0.25), "{!a}".format("é"))
print(list(f.parse("")), list(f.parse("plain")), list(f.parse("{}{0.x[1]}{a!s}{b:{c}}")), list(f.parse("{{}}")))
for bad in ["{", "}", "a}b", "{0", "{0!}", "{0!rx}", "{a{b}c}", "{0[}", "{0.}", "{0[]}", "{0[1]x}", "{0!z}"]:
    try:
        print(repr(bad), list(f.parse(bad)), f.format(bad, [1, 2], a=1))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(f.format("{0[1]}{0[0]}|{x.imag}|{1:>{w}}|{n:{f}{w}}", "ab", 7, x=5, w=4, n=3.5, f="<"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{} {missing} {k!r}", "abc", k="v"))
