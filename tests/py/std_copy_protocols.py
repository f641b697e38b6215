import copy

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))

t = Tracked([1, 2])
c = copy.copy(t)
d = copy.deepcopy(t)
print(c.v is t.v, d.v is t.v, d.v)
print(copy.deepcopy([t, t])[0].v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 'x'

s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s3.b)

class State:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'

st = copy.deepcopy(State())
print(st.data, st.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))

r = copy.copy(Reduced(5))
print(r.a, r.b)

from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
P = namedtuple('P', 'x y')
od = OrderedDict(a=[1])
ddict = defaultdict(list, {'k': [1]})
print(copy.copy(od), copy.deepcopy(od)['a'] is od['a'], copy.deepcopy(ddict), copy.copy(Counter('aab')))
dq = deque([[1]], maxlen=3)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.deepcopy(P(1, [2])), copy.copy(P(1, 2)))

class Sub(list):
    pass
sl = Sub([1, [2]])
sl.tag = 'T'
c2 = copy.deepcopy(sl)
print(type(c2).__name__, c2, c2.tag, c2[1] is sl[1])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
