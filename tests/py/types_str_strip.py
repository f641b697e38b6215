for s in ["  hi  ", "\t\n hi \r\x0b\x0c", "xxhixx", "", "   ", "\u3000hi\u2000", "hi"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xih")), repr(s.strip(None)))
print("www.example.com".strip("cmowz."), "  spacious  ".lstrip(), "mississippi".rstrip("ipz"), "Arthur: three!".lstrip("Arthur: "))
print("TestHook".removeprefix("Test"), "BaseTestCase".removeprefix("Test"), "MiscTests".removesuffix("Tests"), "TmpDirMixin".removesuffix("Tests"), "abc".removeprefix(""), "abc".removesuffix(""), "abc".removeprefix("abc"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".strip(1))
t(lambda: "a".removeprefix(None))
t(lambda: "a".removesuffix(b"a"))
t(lambda: "a".lstrip("a", "b"))
