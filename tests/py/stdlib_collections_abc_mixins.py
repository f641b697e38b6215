# collections.abc mixin methods: what a class gets from Sequence,
# MutableSequence, Mapping, MutableMapping, Set and MutableSet once it
# defines the few abstract methods.
from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Hashable, Sized, Iterable,
                             KeysView, ItemsView, ValuesView, MappingView)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


s = Squares(6)
print(list(s), list(reversed(s)), 16 in s, 17 in s)
print(s.index(9), s.index(16, 2), s.index(16, -3), s.count(4), s.count(5))
for args in ((7,), (0, 1), (25, 0, 5), (1, -4)):
    try:
        print(args, s.index(*args))
    except ValueError as e:
        print(args, "ValueError", repr(e))
print(isinstance(s, Sequence), isinstance(s, MutableSequence), len(s), s[1:4])
it = iter(s)
print(type(it).__name__, next(it), next(it))


class Vec(MutableSequence):
    def __init__(self, items=()):
        self._d = list(items)

    def __len__(self):
        return len(self._d)

    def __getitem__(self, i):
        return self._d[i]

    def __setitem__(self, i, v):
        self._d[i] = v

    def __delitem__(self, i):
        del self._d[i]

    def insert(self, i, v):
        self._d.insert(i, v)

    def __repr__(self):
        return "Vec(%r)" % self._d


v = Vec([3, 1, 2])
v.append(5)
v.extend([8, 13])
print(v, v.pop(), v.pop(0), v)
v.remove(2)
print(v)
try:
    v.remove(99)
except ValueError as e:
    print("remove missing:", repr(e))
v.reverse()
print(v)
v += (21, 34)
print(v, 34 in v, v.index(21), v.count(1))
v.extend(v)
print(v, len(v))
v.clear()
print(v, len(v))
try:
    v.pop()
except IndexError as e:
    print("pop empty:", e)
w = Vec("abcde")
w.reverse()
print(w, list(reversed(w)))


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Frozen(%r)" % self._d


f = Frozen(a=1, b=2, c=3)
print(f.get("a"), f.get("z"), f.get("z", 0), "b" in f, "z" in f)
print(list(f.keys()), list(f.values()), list(f.items()))
print(f.keys(), f.items(), f.values())
print(f == {"a": 1, "b": 2, "c": 3}, f == {"a": 1}, f != Frozen(a=1, b=2, c=3), f == [1])
print(isinstance(f.keys(), KeysView), isinstance(f.items(), Set), isinstance(f.values(), ValuesView))
print(isinstance(f.values(), MappingView), isinstance(f.values(), Set), len(f.keys()))
print(f.keys() & {"a", "z"}, sorted(f.keys() | {"z"}), sorted(f.keys() - {"a"}), sorted(f.keys() ^ {"a", "q"}))
print(("a", 1) in f.items(), ("a", 2) in f.items(), 3 in f.values(), 4 in f.values())
print(f.keys() == {"a", "b", "c"}, f.keys() <= {"a", "b", "c", "d"}, f.keys() < {"a"}, f.items().isdisjoint([("a", 2)]))
try:
    reversed(f)
except TypeError as e:
    print("reversed:", e)
try:
    hash(f)
except TypeError as e:
    print("hash:", e)


class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Store(%r)" % self._d


st = Store([("x", 1)], y=2)
print(st, st.setdefault("x", 9), st.setdefault("z", 3), st)
st.update({"w": 4}, v=5)
st.update(Frozen(u=6))
st.update([("t", 7)])
print(st, len(st))
print(st.pop("x"), st.pop("nope", "dflt"), st)
try:
    st.pop("nope")
except KeyError as e:
    print("pop missing:", repr(e))
print(st.popitem(), st)
st.clear()
print(st, len(st))
try:
    st.popitem()
except KeyError as e:
    print("popitem empty:", repr(e))
try:
    st.update(1)
except TypeError as e:
    print("update(1):", e)


class ListSet(Set):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return "ListSet(%r)" % self._items


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & [2, 3, 9], [2, 3, 9] & a, a - [1], [1, 5] - a, {7} | a)
print(a < ListSet([1, 2, 3, 4]), a <= a, a > ListSet([1]), a >= b, a == ListSet([3, 2, 1]), a == {1, 2, 3})
print(a.isdisjoint([5, 6]), a.isdisjoint(b), a.__and__(5), a.__or__(5), a.__sub__(5))
print(a._hash() == hash(frozenset([1, 2, 3])), ListSet()._hash() == hash(frozenset()))
try:
    a & 5
except TypeError as e:
    print("a & 5:", e)
try:
    a < [1]
except TypeError as e:
    print("a < [1]:", e)


class HashSet(ListSet):
    __hash__ = Set._hash


print(hash(HashSet([4, 5])) == hash(frozenset({4, 5})), isinstance(HashSet(), Hashable), isinstance(a, Hashable))


class Bag(MutableSet):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(list(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)

    def __repr__(self):
        return "Bag(%r)" % self._s


g = Bag("abc")
g.remove("a")
print(g, g.pop(), g)
try:
    g.remove("zz")
except KeyError as e:
    print("remove missing:", repr(e))
g |= "xyz"
print(g)
g &= "xyq"
print(g)
g ^= ["y", "k"]
print(g)
g -= ["k"]
print(g)
g ^= g
print(g)
g.add(1)
g -= g
print(g, len(g))
g.clear()
try:
    g.pop()
except KeyError as e:
    print("pop empty:", repr(e))
print(isinstance(g, Sized), isinstance(g, Iterable), Bag("ab") == {"a", "b"}, Bag("ab") | Bag("c"))
