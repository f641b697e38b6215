class L(list): pass
class D(dict): pass
class S(set): pass
class B(bytearray): pass
l = L([1]); alias = l
l += [2]; l *= 2
print(type(l).__name__, l, l is alias)
d = D(a=1); alias = d
d |= {"b": 2}
print(type(d).__name__, d, d is alias)
s = S([1]); alias = s
s |= {2}; s &= {1, 2, 3}; s -= {3}; s ^= {4}
print(type(s).__name__, sorted(s), s is alias)
b = B(b"x"); alias = b
b += b"y"; b *= 2
print(type(b).__name__, bytes(b), b is alias)
class MyInt(int): pass
m = MyInt(5)
print(type(+m).__name__, type(int(m)).__name__, type(m.__index__()).__name__, type(abs(m)).__name__)
class MyStr(str): pass
t = MyStr("x")
print(type(str(t)).__name__, type(t.__str__()).__name__, type(t + "y").__name__)
t += "z"
print(type(t).__name__, t)
