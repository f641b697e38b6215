import functools

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= a)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))

@functools.total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v

print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(3) <= Rev(3))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def compare(x, y):
    return (x > y) - (x < y)

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return compare(a, b)

words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(compare)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)
print(min(words, key=functools.cmp_to_key(by_len_then_alpha)))

@functools.singledispatch
def describe(x):
    return 'object'

@describe.register(int)
def _(x):
    return 'int %d' % x

@describe.register(list)
def _(x):
    return 'list of %d' % len(x)

print(describe(3), describe([1, 2]), describe('s'), describe(True))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
