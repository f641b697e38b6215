import io
import warnings


class MyWarning(UserWarning):
    pass


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def helper(level):
    warnings.warn("from helper level %d" % level, stacklevel=level)


print("start")
warnings.warn("plain message")
warnings.warn("with category", RuntimeWarning)
warnings.warn(MyWarning("an instance"))
warnings.warn(FutureWarning("instance wins"), UserWarning)
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)
old_api()
helper(1)
helper(2)
helper(0)
warnings.warn("too deep", stacklevel=50)
for i in range(3):
    warnings.warn("in a loop")
for i in range(2):
    warnings.warn("loop %d" % i)
print("after loops")

for cat in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
            SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
            UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(cat.__name__, issubclass(cat, Warning), issubclass(cat, Exception),
          cat.__mro__[1].__name__)

for bad in (5, int, "UserWarning", ValueError):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print("TypeError:", e)

print(repr(warnings.formatwarning("msg", UserWarning, "some/file.py", 12)))
print(repr(warnings.formatwarning("msg", MyWarning, "x.py", 3, line="   code here   ")))
print(repr(warnings.formatwarning("msg", MyWarning, "x.py", 3, line="")))
print(repr(warnings.formatwarning(ValueError("v"), DeprecationWarning, "x.py", 3, "l")))
print(repr(warnings.formatwarning("own source", UserWarning, __file__, 1)))
print(repr(warnings.formatwarning("own source", UserWarning, __file__, 9)))
print(repr(warnings.formatwarning("beyond", UserWarning, __file__, 10000)))

buf = io.StringIO()
warnings.showwarning("to a buffer", UserWarning, "nowhere.py", 7, file=buf)
warnings.showwarning("given line", RuntimeWarning, "nowhere.py", 8, buf, "x = 1")
warnings.showwarning("real file", UserWarning, __file__, 2, file=buf)
print(repr(buf.getvalue().replace(__file__, "FILE")))
warnings.showwarning("straight to stderr", UserWarning, "elsewhere.py", 99)

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.warn(MyWarning("mine"))
except MyWarning as e:
    print("raised", type(e).__name__, e.args)
try:
    old_api()
except DeprecationWarning as e:
    print("raised", repr(e))
print("end")
