d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, {"a", "q"} & k, {"q"} | k, {"a", "q"} - k, {"q"} ^ k, k & ["b", "x"])
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i | {("z", 0)}), sorted(i - {("a", 1)}), sorted(i ^ {("a", 1), ("n", 0)}))
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= k, i == {("a", 1), ("b", 2), ("c", 3)})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]), v == v, list(v) == [1, 2, 3])
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), sorted(k), list(map(str, v)), dict(i))
d["d"] = 4
print(k, v, i, len(k))
del d["a"]
print(list(k), list(v), list(i))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(k | k).__name__)
try:
    for key in d.keys():
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    v < v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v | v
except TypeError as e:
    print(type(e).__name__, e)
print({}.keys(), {}.values(), {}.items(), {1: [2]}.items())
