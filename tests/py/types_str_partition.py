cases = [("key=value", "="), ("a=b=c", "="), ("noeq", "="), ("=lead", "="), ("trail=", "="), ("", "x"), ("ééxéé", "x"), ("abcabc", "bc")]
for s, sep in cases:
    print(repr(s), s.partition(sep), s.rpartition(sep))
h, _, t = "user@example.com".partition("@")
print(h, t, "path/to/file.txt".rpartition("/")[2], "file.tar.gz".rpartition(".")[0], "file.tar.gz".partition(".")[2])
class S(str):
    pass
print(S("a-b").partition("-"), type(S("a-b").partition("-")[0]).__name__, "a-b".partition(S("-")))
