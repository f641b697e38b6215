# __str__/__repr__ returning non-strings, and str()/repr() fallbacks
class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return None
for f, o in ((str, BadStr()), (repr, BadRepr()), (str, BadRepr())):
    try:
        f(o)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadStr()}"
except TypeError as e:
    print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyRepr()), repr(OnlyStr())[:10], [OnlyStr()].__repr__()[:11])
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
r = str(ReturnsSub())
print(r)
print(repr("quote's"), repr('dq"'), ascii("é"), str(b"x"), repr(None), str(...))
