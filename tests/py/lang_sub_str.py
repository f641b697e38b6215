# subclassing str
class Tag(str):
    def wrap(self):
        return "<" + self + ">"
    def upper(self):
        return Tag("UP:" + super().upper())
t = Tag("b")
print(t.wrap(), t.upper(), type(t.upper()).__name__, type(t + "x").__name__, t == "b", len(t))
print(repr(t), str(t), f"{t}", "%s" % t, t in {"b": 1}, hash(t) == hash("b"))
class Path(str):
    def __truediv__(self, o):
        return Path(self + "/" + o)
    def __repr__(self):
        return "Path(%s)" % str.__repr__(self)
p = Path("usr") / "lib" / "x"
print(p, repr(p), p.split("/"), type(p.split("/")[0]).__name__)
class Ci(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
print(Ci("ABC") == "abc", "abc" == Ci("ABC"), Ci("X") in [Ci("x")], Ci("Q") != "q")
class S(str):
    pass
s = S("hello")
s.meta = 1
print(s.meta, s.upper(), type(s.upper()).__name__, s[1:3], type(s[1:3]).__name__, "".join([s, s]))
print(S(), S(12), S(b"x", "ascii"), isinstance(s, str), str(s) is not s)
class Lenny(str):
    def __len__(self):
        return 99
print(len(Lenny("ab")))
class Fmt(str):
    def __format__(self, spec):
        return "formatted:" + spec
print(f"{Fmt('q'):abc}", format(Fmt("q")))
