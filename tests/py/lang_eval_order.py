# evaluation order of operands, arguments, displays and assignments
def p(x):
    print("eval", x)
    return x
print("result", p(1) + p(2) * p(3))
def f(*a, **k):
    return a, k
print(f(p("a"), p("b"), k=p("c"), *[p("d")], **{"z": p("e")}))
print({p("k1"): p("v1"), p("k2"): p("v2")})
print([p(1), p(2)], (p(3), p(4)), {p(5)})
x = {}
x[p("key")] = p("value")
a, b = p("first"), p("second")
lst = [0, 0]
i = 0
i, lst[i] = 1, 2
print(lst)
print(p(False) and p("never"), p(True) or p("never"), p(0) or p("used"))
print(p("cond") if p(True) else p("other"))
obj = type("O", (), {"__repr__": lambda self: "<O>"})()
p(obj).attr = p("attrval")
print(p([1, 2, 3])[p(0):p(2)])
def default(v=p("default evaluated once")):
    return v
default(); default()
class K(p(object)):
    print("class body")
    attr = p("class attr")
print("after class")
print(f"{p('fa')}{p('fb')}")
def g():
    return p("ret")
assert p(True), p("msg")
y = p(10) if p(0) else p(20)
print(y)
print(p("s")[p(0)])
