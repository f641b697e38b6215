from string import Template
import string
t = Template("Hi $name, you owe $$${amount}. ${name}! $name_2 $nam")
print(t.safe_substitute(name="Ann", amount="5"), t.get_identifiers(), t.is_valid())
try:
    print(t.substitute(name="Ann", amount=5, name_2="x"))
except KeyError as e:
    print("KeyError", e)
print(t.substitute({"name": "B", "amount": 1, "name_2": 2, "nam": 3}))
for bad in ["$", "abc $", "${", "${}", "${ x}", "$$$", "line1\n  $!", "${x", "\n\n $1abc"]:
    tt = Template(bad)
    try:
        print(repr(bad), repr(tt.substitute(x=1)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
    print(" safe:", repr(tt.safe_substitute(x=1)), tt.is_valid(), tt.get_identifiers())
class Percent(Template):
    delimiter = "%"
print(Percent("%who: 100%% sure, %{what}").substitute(who="me", what="really"))
class Hash(Template):
    delimiter = "#"
    idpattern = "[a-z]+"
print(Hash("#abc #ABC").safe_substitute(abc=1, ABC=2))
print(Template("$a$b$c").substitute(a=1, b=2, c=3), Template("${a}b").substitute(a="A"), Template("$a.b").substitute(a="A"))
print(Template("é $x ü").substitute(x="ß"), Template("$_under $x9").substitute(_under=1, x9=2), Template("$ä").safe_substitute())
m = {"k": "v"}
print(Template("$k").substitute(m, k="kw"), Template("$k").substitute(m), Template("$k").safe_substitute(m, other=1))
print(string.capwords("hELLO wORLD"), string.capwords("a\tb\nc  d"), string.capwords("x-y-z", "-"), string.capwords("  lead"))
print(Template.delimiter, Template("x").template, Percent.delimiter)
