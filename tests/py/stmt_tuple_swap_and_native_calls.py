# `a, b = x, y` compiles to SWAP (no tuple): same order of evaluation and
# stores as building and unpacking a tuple; native method calls take a
# fast path that must behave like the general one.
def v(tag, x):
    print("eval", tag)
    return x


class Rec:
    def __setattr__(self, name, value):
        print("store", name, value)
        object.__setattr__(self, name, value)


a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
r = Rec()
r.x, r.y = v("first", 10), v("second", 20)
r.x, r.y, r.z = v("1", r.y), v("2", r.x), v("3", 0)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 2, "set"
print(i, lst)
(p, q), s = (1, 2), 3
print(p, q, s)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
x = [0]
x[0], = 5,
print(x)


def swapper(m, n):
    for _ in range(3):
        m, n = n, m
    return m, n


print(swapper("m", "n"))


# Native methods: through LOAD_METHOD on built-in containers, through
# subclass instances (self fix-up), bound and unbound, with errors.
class L(list):
    def extra(self):
        return len(self)


data = [3, 1, 2]
data.append(4)
data.sort()
print(data, data.index(3), "-".join(map(str, data)))
ll = L([5])
ll.append(6)
print(ll, ll.extra(), list.__len__(ll), type(ll).__name__)
d = {}
for w in "a b a c b a".split():
    d[w] = d.get(w, 0) + 1
print(d, "x".upper(), "a,b".split(","), {1, 2}.union({3}), (1, 2, 1).count(1))
app = data.append
app(9)
print(data)
try:
    data.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
print(len(ll), max(data), min(3, 1, 2), isinstance(ll, list))
