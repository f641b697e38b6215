# Value types built by subclassing built-ins: a case-insensitive str,
# a money int, a tagged tuple, a validating list and a default dict --
# used together as ordinary programs do (dict keys, sorting, joining).


class IStr(str):
    """A str that compares and hashes case-insensitively."""

    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())


class Ident(str):
    def describe(self):
        return f"identifier {self!r} ({len(self)} chars)"


class Cents(int):
    def __str__(self):
        sign = "-" if self < 0 else ""
        return f"{sign}${abs(int(self)) // 100}.{abs(int(self)) % 100:02d}"

    def __add__(self, other):
        return Cents(int(self) + int(other))

    __radd__ = __add__


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


class Stack(list):
    def push(self, item):
        if not isinstance(item, int):
            raise TypeError(f"Stack only takes ints, not {type(item).__name__}")
        self.append(item)

    def peek(self):
        return self[-1] if self else None


class Tally(dict):
    def __missing__(self, key):
        return 0


names = [Ident("beta"), Ident("alpha"), Ident("gamma"), Ident("alpha")]
print(sorted(names), max(names), names[1] == names[3], names[0] < names[1])
print(", ".join(names), "-".join(sorted(set(names))), names[0] + names[1], names[2] * 2)
print(names[0].describe(), names[0].upper(), type(names[0].upper()).__name__)
print("alpha" in names, Ident("al") in names[1], names[1].startswith(Ident("al")), "xalphax".find(names[1]))
table = {}
for n in names:
    table[n] = table.get(n, 0) + 1
print(table, table[Ident("alpha")], table["alpha"], Ident("beta") in table)
print("a,b".split(Ident(",")), "a b".replace(Ident(" "), Ident("_")), Ident("x").join(["1", "2"]))

keys = {IStr("Content-Type"): "text/plain", IStr("X-Id"): "7"}
print(keys[IStr("content-type")], IStr("X-ID") in keys, IStr("Hello") == "hello", IStr("a") != "A")

prices = [Cents(1999), Cents(250), Cents(-75)]
total = sum(prices, Cents(0))
print(total, type(total).__name__, Cents(5) + Cents(7), Cents(5) == Cents(5), Cents(3) < Cents(4))
print(sorted(prices), [str(p) for p in sorted(prices)], max(prices) - min(prices))

p = Pair(1, "x")
q = Pair(1, "x")
print(p, p.first, p.swap(), p == q, p < Pair(2, "a"), hash(p) == hash(q), {p: "v"}[q], p + q)

s = Stack()
for x in (3, 1, 4):
    s.push(x)
print(s, s.peek(), len(s), s == [3, 1, 4], s + Stack([9]), sorted(s))
try:
    s.push("five")
except TypeError as e:
    print("TypeError:", e)

t = Tally()
for word in "the cat and the hat and the bat".split():
    t[word] += 1
print(sorted(t.items()), t["dog"], len(t), t == Tally(t))
