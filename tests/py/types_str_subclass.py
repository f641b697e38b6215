class S(str):
    def shout(self):
        return self.upper() + "!"
a = S("hey")
print(a, repr(a), type(a).__name__, a.shout(), "x" + a, a + "x", type(a + "x").__name__, "-".join([a, S("you")]), a * 2, type(a * 2).__name__)
print(a == "hey", "hey" == a, a < "z", hash(a) == hash("hey"), {a: 1}["hey"], a in ["hey"], "e" in a, a.upper(), type(a.upper()).__name__, type(a[0]).__name__)
print(f"{a}", "%s" % a, "{}".format(a), str(a), type(str(a)).__name__, len(a), a[::-1], sorted([S("b"), "a"]), isinstance(a, str))
print("x".join(S("abc")), ",".join((S("p"), "q")), "abc".replace("b", S("Z")), "a b".split(S(" ")), S("a,b").split(","))
print("x" + S("y") + "z", "abc".startswith(S("a")), "abc".find(S("c")), S("  pad ").strip(), "%s|%r" % (S("s"), S("r")))
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def __repr__(self):
        return f"Tagged({str.__repr__(self)}, {self.tag!r})"
t = Tagged("val", 7)
print(t, repr(t), t.tag, t + "!", [t], str.__str__(t), str(t) == "val", t.__class__.__name__)
s = "abc"
s += S("def")
print(s, type(s).__name__)
