# string.Template: substitute, safe_substitute, escapes, errors, identifiers.
import string

t = string.Template("$who likes $what; ${who}'s $$5 and ${what}s")
print(t.template)
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())
print(string.Template("$x$y$x ${x}_$y9 $_a $A1").substitute(x=1, y=2.5, y9=[9], _a=None, A1="a"))
print(string.Template("cost: $$$amount").substitute(amount=10))
print(string.Template("no placeholders").substitute())
print(string.Template("").substitute(), repr(string.Template("$").safe_substitute()))
print(string.Template("trailing $").safe_substitute(), string.Template("$1 ${bad name} ${ok}").safe_substitute(ok="OK"))
print(string.Template("${open").safe_substitute(open="x"), string.Template("$é").safe_substitute())
print(string.Template("$a.$b-$c").substitute(a="A", b="B", c="C"))


def t_err(tmpl, *a, **k):
    try:
        print(repr(string.Template(tmpl).substitute(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t_err("$missing")
t_err("hi $name", {})
t_err("bad $ here")
t_err("line1\nline2 $1 x")
t_err("a\nb\nc ${x")
t_err("$")
t_err("x $$ y $", z=1)
print(string.Template("$a $1 ${b}").is_valid(), string.Template("$a $1 ${b} $a").get_identifiers())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %% %{age} years").substitute(name="Guido", age=67))
print(Percent("50% off").safe_substitute())


class Lookup:
    def __getitem__(self, key):
        return key.upper()


print(string.Template("$abc and ${de}").substitute(Lookup()))
print(string.Template("$x").substitute({"x": "from-map"}, y=1))
