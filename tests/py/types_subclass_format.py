# Formatting an instance of a subclass of a built-in type: an empty spec
# formats str(self) (the subclass's __str__ runs), any other spec the
# built-in value; a subclass's own __format__ always wins; `%s`/`%r` and
# the right operand of `%` keep the instance.


class I(int):
    def __str__(self):
        return "I!"


class F(float):
    def __str__(self):
        return "F!"


class S(str):
    def __str__(self):
        return "S!"


class C(complex):
    def __str__(self):
        return "C!"


class Plain(str):
    pass


class Fmt(str):
    def __format__(self, spec):
        return "fmt[" + spec + "]"


for v in (I(5), F(2.5), S("x"), C(1j), Plain("p")):
    base = type(v).__mro__[1]
    print(type(v).__name__, format(v, ""), f"{v}", "{}".format(v), "{!s}".format(v),
          base.__format__(v, ""), format(v, ">4"), f"{v:<4}|", "%s" % v, "%s" % (v,),
          "%r" % (v,))

f = Fmt("abc")
print(format(f, ""), format(f, "x"), f"{f}", f"{f:>9}", "{:^5}".format(f), str.__format__(f, ""),
      str.__format__(f, ">5"), "%s" % f)

# bytes % keeps a bytes subclass instance whole as well.
class B(bytes):
    pass

print(b"%s" % B(b"zz"), b"%b" % (B(b"q"),))

# A non-str spec is still rejected, for subclasses too.
for v in (I(1), S("s"), F(1.0)):
    try:
        type(v).__mro__[1].__format__(v, 3)
    except TypeError as e:
        print(type(e).__name__, e)
