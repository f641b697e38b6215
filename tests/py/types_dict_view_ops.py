d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 2, "c": 30, "d": 4}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2.keys()), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2.keys()))
print(sorted(d1.items() & d2.items()), sorted(d1.items() - d2.items()), sorted(d1.items() | d2.items()), sorted(d1.items() ^ d2.items()))
print(d1.keys() & ["a", "zz"], d1.keys() - "ab", d1.keys() | range(2), d1.keys() == d1, d1.keys() == {"a": 0, "b": 0, "c": 0}.keys(), d1.items() == d1.items())
print(d1.keys() <= d1.keys() | {"q"}, d1.keys() < d1.keys(), d1.keys() > {"a"}, d1.items() >= {("a", 1)}, {("a", 1)} <= d1.items(), d1.keys().isdisjoint(d2.keys()), d1.keys().isdisjoint("xyz"))
print(len(d1.keys() | d2.keys()), "a" in d1.keys(), ("a", 1) in d1.items(), ("a", 2) in d1.items(), 1 in d1.values(), list(d1.values()) == [1, 2, 3], repr(d1.values()))
k = d1.keys()
d1["e"] = 5
print(k, len(k), sorted(k & {"e"}), list(reversed(d1.values())))
unhash = {"l": [1]}
try:
    print(unhash.items() & {("l", 1)})
except TypeError as e:
    print(type(e).__name__, e)
