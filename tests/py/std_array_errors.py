# array: overflow/type errors and bad operations with CPython's messages.
from array import array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc in "bBhHiIlLqQ":
    for v in [-1, 2 ** 70, -(2 ** 70), 2 ** 40, 300, 70000, -129, -40000]:
        t(lambda: array(tc, [v]))
t(lambda: array("z"))
t(lambda: array(b"i"))
t(lambda: array("ii"))
t(lambda: array(5))
t(lambda: array("i", 5))
t(lambda: array("i", ["a"]))
t(lambda: array("i", [1.5]))
t(lambda: array("f", ["a"]))
t(lambda: array("d", [None]))
t(lambda: array("u", [1]))
t(lambda: array("u", ["ab"]))
t(lambda: array("i", "ab"))
t(lambda: array("i", array("u", "ab")))
a = array("i", [1, 2, 3])
t(lambda: a.index(9))
t(lambda: a.remove(9))
t(lambda: array("i").pop())
t(lambda: a.pop(10))
t(lambda: a[10])
t(lambda: a.__setitem__(10, 1))
t(lambda: a.__delitem__(10))
t(lambda: a + array("d"))
t(lambda: a + [1])
t(lambda: a.frombytes(b"abc"))
t(lambda: a.extend(array("h", [1])))
t(lambda: a.tounicode())
t(lambda: a.fromunicode("x"))
t(lambda: a.append("x"))
t(lambda: a.__setitem__(0, "x"))
t(lambda: a.__setitem__(slice(0, 2), [1]))
t(lambda: a.__setitem__(slice(0, 3, 2), array("i", [7])))
t(lambda: a.__setitem__(slice(0, 2), array("h", [7])))
t(lambda: array("q", [1]).fromlist([1, "a"]))
t(lambda: array("i", [1]).fromlist((1,)))
t(lambda: array("b", [1]).insert(0, 1000))
t(lambda: array("u").fromunicode(5))
x = array("i", [1])


def iadd():
    global x
    x += [2]


t(iadd)
t(lambda: a)
q = array("q", [1])
try:
    q.fromlist([2, "bad"])
except TypeError as e:
    print("fromlist is atomic:", q)
