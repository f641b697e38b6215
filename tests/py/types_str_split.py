tests = ["a,b,,c", " a  b c ", "", "abc", ",", "a,b,c,"]
for s in tests:
    print(repr(s), s.split(), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.rsplit(",", maxsplit=2))
print("  a b  c  ".split(maxsplit=1), "  a b  c  ".rsplit(maxsplit=1), "a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u3000k".split())
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a b".split(" ", 0), "a b".split(maxsplit=-1), "a b c".rsplit(" ", -1))
print(" x ".partition(" "), "abc".partition("b"), "abc".partition("z"), "a.b.c".rpartition("."), "abc".rpartition("z"), "aXbXc".partition("X"))
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), "ab".join(("1", "2", "3")), " ".join(x for x in "xyz"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([b"a"]))
t(lambda: ",".join(5))
t(lambda: "a".split(1))
t(lambda: "a".partition(None))
