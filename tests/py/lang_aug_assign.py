# augmented assignment: evaluation order, in-place vs rebinding, tuples holding lists
log = []
def key(k):
    log.append("key %s" % k)
    return k
def val(v):
    log.append("val %s" % v)
    return v
d = {"a": 1}
d[key("a")] += val(10)
print(d, log)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
a = [1]
b = a
a += [2]
print(a is b, b)
s = "x"
s2 = s
s += "y"
print(s, s2)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return "replaced"
acc = Acc()
same = acc
acc += 5
print(acc is same, acc.v)
acc -= 1
print(acc)
class O:
    pass
o = O()
o.n = 1
o.n *= 7
o.n **= 2
o.n //= 3
o.n %= 5
o.n <<= 3
o.n >>= 1
o.n |= 1
o.n &= 13
o.n ^= 6
print(o.n)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 5
print(m)
x = 5
x /= 2
print(x)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
li = [1, 2]
li *= 2
print(li)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
