print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61), hash(2 ** 61 - 1), hash(2 ** 100))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()))
print(hash(True), hash(False), hash(1.0), hash(0.0))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
