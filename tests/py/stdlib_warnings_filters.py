import warnings


def show_filters():
    for f in warnings.filters:
        print("  ", f)


print("defaults:")
show_filters()
print(warnings.defaultaction, warnings.onceregistry)
print(sorted(warnings.__all__))

warnings.resetwarnings()
print("after reset:", warnings.filters)
warnings.warn("default action, first")
print(__warningregistry__)

warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", RuntimeWarning)
warnings.simplefilter("always", UserWarning, append=True)
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("always", UserWarning, append=True)
show_filters()
warnings.warn("hidden", DeprecationWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("RuntimeWarning raised:", e)
for i in range(2):
    warnings.warn("always shown")
print(__warningregistry__)

warnings.resetwarnings()
warnings.filterwarnings("ignore", category=BytesWarning, module="__ma")
warnings.filterwarnings("error", category=BytesWarning, module="__main__x")
warnings.filterwarnings("error", message="secret")
warnings.filterwarnings("ignore", message=".*quiet")
warnings.filterwarnings("error", message="num[0-9]+ end$", category=FutureWarning)
show_filters()
for text in ("SECRET plans", "this is secret", "be quiet", "num42 end", "num end"):
    for cat in (UserWarning, FutureWarning, BytesWarning):
        try:
            warnings.warn(text, cat)
            print("passed:", text, cat.__name__)
        except Warning as e:
            print("raised:", type(e).__name__, e)

warnings.resetwarnings()
warnings.filterwarnings("error", lineno=53)
warnings.warn("line 51 is fine")
try:
    warnings.warn("line 53 is not")
except UserWarning as e:
    print("raised on line 53:", e)

warnings.resetwarnings()
for action in ("default", "module", "once", "always", "ignore"):
    warnings.simplefilter(action)
    for i in range(2):
        warnings.warn("action " + action)
    warnings.warn("action " + action)
    print(action, __warningregistry__)
print("onceregistry", warnings.onceregistry)

warnings.resetwarnings()
warnings.simplefilter("once")
reg = {}
warnings.warn_explicit("explicit", UserWarning, "fake.py", 5, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 5, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 6, registry=reg)
print(reg)
warnings.warn_explicit("no registry", UserWarning, "fake.py", 5)
warnings.warn_explicit("no registry", UserWarning, "other.py", 9)
print(warnings.onceregistry)
warnings.simplefilter("default")
for bad_line in ("7", 7.0, None):
    try:
        warnings.warn_explicit("bad line", SyntaxWarning, "fake.py", bad_line)
    except TypeError as e:
        print("TypeError:", e)
warnings.warn_explicit("twice", SyntaxWarning, "fake.py", True)
warnings.warn_explicit("twice", SyntaxWarning, "fake.py", 7)
warnings.warn_explicit(RuntimeWarning("inst"), None, "fake.py", 8, registry=reg)
warnings.filterwarnings("error", module="fak")
try:
    warnings.warn_explicit("module from filename", UserWarning, "fake.py", 1)
except UserWarning as e:
    print("raised:", e)
warnings.warn_explicit("module given", UserWarning, "fake.py", 1, module="real")
try:
    warnings.warn_explicit("e3", None, "fake.py", 8)
except TypeError as e:
    print("TypeError:", e)

warnings.resetwarnings()
for args in [("bad",), ("error", 5), ("error", "", int), ("error", "", 5),
             ("error", "", Warning, 5), ("error", "", Warning, "", -1),
             ("error", "", Warning, "", "3")]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
for args in [("nope",), ("error", Warning, -2), ("error", Warning, 1.5)]:
    try:
        warnings.simplefilter(*args)
    except AssertionError as e:
        print("AssertionError:", e)
print(warnings.filters)
