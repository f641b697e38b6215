pairs = [("a", "b"), ("a", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "e"), ("€", "é"), ("𝄞", "€"), ("a\x00", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(hash("abc") == hash("ab" + "c"), hash("") == 0, len({"a", "a", "b"}), "x".__hash__() == hash("x"))
print(sorted(["b", "A", "a", "B", "é", "e", "1", "_"]), sorted(["aa", "a", "aaa", ""]), "abc".__eq__("abc"), "abc".__ne__("abd"))
print(str.__lt__("a", "b"), str.__le__("b", "a"), str.__gt__("b", "a"), str.__ge__("a", "a"), "a".__lt__(1), "a".__eq__(None))
