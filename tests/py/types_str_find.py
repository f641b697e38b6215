s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("o", 5, 10), s.find("z"), s.find(""), s.find("", 100), s.find("", 25))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("z"), s.rfind(""), s.rfind("", 3, 7))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 3, 10), s.count("ll", -10))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("python"), s.endswith(("a", "on")), s.endswith("hello", 0, 5))
print(s.find("l", -5), s.find("l", -100, -10), s.startswith("", 100), s.startswith("", 25), "abc".endswith("", 1, 0))
print("aaa".count("aa"), "aaaa".replace("aa", "b"), "abcabc".replace("b", "X", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello" in s, "" in "", "xyz" not in s, s.__contains__("py"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.index("zzz"))
t(lambda: s.rindex("zzz"))
t(lambda: s.find(1))
t(lambda: s.startswith(["a"]))
t(lambda: s.endswith(1))
t(lambda: 1 in s)
t(lambda: s.count())
t(lambda: s.replace("a"))
t(lambda: s.find("a", "b"))
