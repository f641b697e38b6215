# every binary operator with forward, reflected and in-place forms
ops = [("add", "+"), ("sub", "-"), ("mul", "*"), ("matmul", "@"), ("truediv", "/"),
       ("floordiv", "//"), ("mod", "%"), ("pow", "**"), ("lshift", "<<"),
       ("rshift", ">>"), ("and", "&"), ("or", "|"), ("xor", "^")]

def make(kind):
    ns = {}
    for name, sym in ops:
        if kind in ("fwd", "all"):
            ns["__%s__" % name] = (lambda sym: lambda self, o: "%s(L%sR)" % (type(self).__name__, sym))(sym)
        if kind in ("ref", "all"):
            ns["__r%s__" % name] = (lambda sym: lambda self, o: "%s(R%sL)" % (type(self).__name__, sym))(sym)
        if kind == "all":
            ns["__i%s__" % name] = (lambda sym: lambda self, o: "%s(I%s)" % (type(self).__name__, sym))(sym)
    return type(kind.capitalize(), (), ns)

Fwd, Ref, All = make("fwd"), make("ref"), make("all")
for name, sym in ops:
    f, r, a = Fwd(), Ref(), All()
    row = [eval("f %s 1" % sym), eval("1 %s r" % sym)]
    x = a
    exec("x %s= 5" % sym)
    row.append(x)
    y = Fwd()
    exec("y %s= 2" % sym)  # in-place falls back to forward
    row.append(y)
    print(sym, row)

for name, sym in ops:
    try:
        eval("object() %s object()" % sym)
    except TypeError as e:
        print(type(e).__name__, e)
