t1 = str.maketrans({"a": "1", "b": None, ord("c"): "xyz", "d": 100})
print(sorted(t1.items()))
print("abcdef".translate(t1))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print(sorted(t3.items()), "abxyzab".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}), "héllo".translate({233: "e"}))
print("abc".translate([None, None]), "abc".translate({97: 98}))
class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return chr(k).upper()
print("quiet".translate(Table()))
print("".maketrans("", ""), str.maketrans("", "", "ab"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str.maketrans("abc", "xy"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans({1.5: "x"}))
t(lambda: str.maketrans("a"))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans("a", "b", 3))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: str.maketrans())
