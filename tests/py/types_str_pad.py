for s in ["abc", "", "hello world", "é"]:
    for w in [0, 3, 5, 10, 11]:
        print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "é")), repr(s.zfill(w)))
for s in ["42", "-42", "+42", "", "-", "abc", "+-1", "3.14", "-0"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
print("abc".center(6, "x"), "abc".center(7, "x"), "ab".center(5, "x"), "ab".center(4, "x"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tcd\n\tx".expandtabs(3)), repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-1)))
print(repr("12345\t1\r12\t".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".center(5, "xy"))
t(lambda: "a".ljust(5, ""))
t(lambda: "a".rjust("5"))
t(lambda: "a".zfill("5"))
t(lambda: "a".center())
t(lambda: "a".expandtabs("2"))
