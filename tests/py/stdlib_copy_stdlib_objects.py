import copy, collections, functools, itertools, array
print(copy.deepcopy(collections.defaultdict(list, a=[1])), copy.copy(collections.ChainMap({1: 2})), copy.deepcopy(collections.Counter("ab")))
p = functools.partial(max, 1); print(copy.copy(p)(5), copy.deepcopy(p).args)
print(copy.deepcopy(array.array("i", [1, 2])), copy.copy(array.array("d", [1.5])))
NT = collections.namedtuple("NT", "a b"); n = NT([1], 2); n2 = copy.deepcopy(n); print(n2, n2.a is n.a, type(n2).__name__)
ud = collections.UserDict(a=[1]); ud2 = copy.deepcopy(ud); ud2["a"].append(2); print(ud, ud2, copy.copy(ud))
ul = collections.UserList([[1]]); print(copy.deepcopy(ul)[0] is ul[0], copy.copy(ul)[0] is ul[0])
dq = collections.deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.copy(dq).maxlen)
c = itertools.count(5); next(c)
try:
    print(next(copy.copy(c)))
except TypeError as e:
    print("TypeError", e)
od = collections.OrderedDict(a=1); od2 = copy.deepcopy(od); od2["b"] = 2; print(od, od2)
p2 = functools.partial(sorted, key=len); p2.note = "n"; p3 = copy.copy(p2)
print(p3(["ccc", "a"]), p3.keywords, p3.note, p3.func is sorted, copy.deepcopy(p2).keywords)
print(functools.partial(int, "5").__reduce__()[1:][0] == (int,), len(functools.partial(int).__reduce__()))
q = functools.partial(max); q.__setstate__((min, (3,), {"key": abs}, {"tag": 1})); print(q(-5), q.args, q.keywords, q.tag)
for bad in [5, (1, 2), (5, (), None, None), (min, [1], None, None)]:
    try:
        functools.partial(max).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
cn = collections.Counter(a=2); cc = copy.copy(cn); cc["a"] += 1; print(cn, cc, type(cc).__name__)
us = collections.UserString("abc"); print(copy.copy(us), copy.deepcopy(us) == us, type(copy.copy(us)).__name__)
import random, string
r = random.Random(3); r2 = copy.deepcopy(r); print(r.random() == r2.random(), r.random() == copy.copy(r).random())
t = string.Template("$x"); print(copy.copy(t).substitute(x=1), copy.deepcopy(t).template)
