# object.__new__ / object.__init__ excess-argument rules
class NoInit:
    pass
class HasInit:
    def __init__(self, a):
        self.a = a
class HasNew:
    def __new__(cls, a):
        return super().__new__(cls)
class PassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
class InitPasses:
    def __init__(self, *a):
        super().__init__(*a)
cases = [lambda: NoInit(1), lambda: NoInit(x=1), lambda: HasInit(1).a, lambda: HasNew(1),
         lambda: PassesArgs(1), lambda: PassesArgs(), lambda: InitPasses(1), lambda: InitPasses(),
         lambda: object.__new__(NoInit, 1), lambda: object.__new__(5), lambda: object.__new__(int),
         lambda: object.__init__(NoInit(), 1)]
for c in cases:
    try:
        r = c()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class Both:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("init", a, k)
Both(1, k=2)
class NewReturnsOther:
    def __new__(cls):
        return Both()
    def __init__(self):
        print("NewReturnsOther.__init__ not called")
print(type(NewReturnsOther()).__name__)
class SubOfReturned(Both):
    pass
class NewReturnsSub:
    def __new__(cls):
        return object.__new__(SubNew)
    def __init__(self):
        print("init of", type(self).__name__)
class SubNew(NewReturnsSub):
    pass
NewReturnsSub()
