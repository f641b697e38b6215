from collections import UserDict, UserList, UserString, ChainMap
d = UserDict({"a": 1}, b=2)
d["c"] = 3; del d["a"]
print(d, len(d), d.data, "b" in d, "a" in d, d.get("zz", 0), list(d), sorted(d.items()), list(d.values()))
print(d.keys(), d.items(), d.values(), type(d.keys()).__name__)
print(d == {"b": 2, "c": 3}, {"b": 2, "c": 3} == d, d == UserDict(b=2, c=3), d != {"b": 2})
print(d.pop("b"), d.pop("nope", None), d.setdefault("x", 9), d.setdefault("x", 10), d.popitem(), d)
d.update({"m": 1}, n=2); d.update([("o", 3)]); print(d, d | {"p": 4}, {"q": 5} | d, type(d | {}).__name__)
d |= {"z": 26}; print(d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys("ab", 0))
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
dd = Defaulting(x=1); print(dd["x"], dd["ab"], "ab" in dd, dd.get("q", "dflt"))
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lo = Lower({"AB": 1}); lo["Cd"] = 2; lo.update(EF=3); print(lo, lo.copy(), type(lo.copy()).__name__)
try:
    UserDict().popitem()
except KeyError as e:
    print("KeyError", repr(e))
try:
    hash(UserDict())
except TypeError as e:
    print("TypeError", e)
l = UserList([3, 1, 2])
l.append(5); l.extend([0]); l.insert(1, 9); print(l, len(l), l[0], l[-1], l[1:3], type(l[1:3]).__name__, l.data)
l.sort(); print(l, l.pop(), l.pop(0), l.index(3), l.count(2), 9 in l, list(reversed(l)))
l.reverse(); l.remove(3); print(l, l + [7], [7] + l, l * 2, type(l + [7]).__name__, type([7] + l).__name__)
l += [8]; l *= 2; print(l, l == [3, 2, 8, 3, 2, 8], l < UserList([4]), l > [3], sorted(l), min(l), max(l))
l[0] = 100; del l[1]; l[0:2] = [1, 1]; print(l, l.copy(), type(l.copy()).__name__)
l.clear(); print(l, bool(l), UserList(), UserList("abc"), UserList(UserList([1])))
s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[-5:], type(s[-5:]).__name__, s.upper(), s.lower(), s.split(), s.replace("l", "L", 2))
print(s.find("o"), s.rfind("o"), s.count("l"), s.startswith("He"), s.endswith("x"), "World" in s, s + "!", "<" + s, s * 2)
print(s == "Hello World", s < "Z", s.center(15, "*"), s.zfill(13), s.strip("Hd"), s.title(), s.swapcase(), s.isalpha(), str(s), hash(s) == hash("Hello World"))
print(UserString("%s-%d") % ("a", 1), s.partition(" "), s.join(["x", "y"]), list(s)[:3], sorted(UserString("cab")), int(UserString("42")), float(UserString("2.5")))
print(s.removeprefix("Hello "), s.removesuffix("World"), s.encode(), s.index("W"), s.format() if "{" not in s else "", UserString("a{0}b").format(5))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
cm = ChainMap({"a": 1}, {"b": 2})
print(cm.keys(), sorted(cm.items()), sorted(cm.values()), "a" in cm.keys(), ("b", 2) in cm.items(), 2 in cm.values(), cm.keys() == {"a", "b"})
print(UserDict(a=1).keys() | {"z"}, sorted(UserDict(a=1, b=2).keys() & {"a"}), UserDict(a=1).items() == {("a", 1)})
