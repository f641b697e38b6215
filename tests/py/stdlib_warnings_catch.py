import os
import sys
import warnings


def deprecated(x):
    warnings.warn("deprecated(%r)" % (x,), DeprecationWarning, stacklevel=2)
    return x * 2


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    deprecated(1)
    warnings.warn("user one")
    warnings.warn(RuntimeWarning("runtime", 2))
    warnings.warn("explicit", FutureWarning, source="src")
    print(len(log))
    for w in log:
        print(type(w).__name__, repr(w.message), w.category.__name__,
              os.path.basename(w.filename), w.lineno, w.file, w.line, w.source)
        print("  ", str(w).replace(w.filename, "FILE"))
print(log[0].message.args, isinstance(log[0].message, DeprecationWarning))
print(warnings.WarningMessage._WARNING_DETAILS)
m = warnings.WarningMessage("text", UserWarning, "f.py", 4)
print(m, m._category_name)
print(warnings.WarningMessage("x", None, "g.py", 1, line="ln"))

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("not shown")
    print(len(warnings.filters), warnings.filters[0])
print(warnings.filters == before)

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(w.message) for w in outer], [str(w.message) for w in inner])

with warnings.catch_warnings(record=True, action="error") as log:
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("raised inside:", e)
with warnings.catch_warnings(action="ignore", category=DeprecationWarning) as got:
    print(got, warnings.filters[0])
    deprecated(2)
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as log:
    warnings.warn("kept")
    warnings.warn("dropped", RuntimeWarning)
    print([str(w.message) for w in log])

cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
print(repr(warnings.catch_warnings(module=sys)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print("TypeError:", e)

seen = []


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, os.path.basename(filename),
                 lineno, file, line))


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s [%s] at %d\n" % (message, category.__name__, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("to my_show")
    warnings.warn("again", SyntaxWarning)
print(seen)
print(warnings.showwarning is warnings._showwarning_orig)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = my_format
    warnings.warn("custom format")
    warnings.showwarning("direct", UserWarning, "d.py", 3)
    warnings.formatwarning = warnings._formatwarning_orig
    warnings.showwarning = 42
    try:
        warnings.warn("bad hook")
    except TypeError as e:
        print("TypeError:", e)
warnings.warn("outside, shown once")
warnings.warn("outside, shown once")
print("done")
