import sys
v = sys.version_info
print(v.major, v.minor, v[0], v[:2], v >= (3, 0), v < (4,), type(v.micro).__name__, v.releaselevel in ("final", "alpha", "beta", "candidate"))
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.getrecursionlimit() >= 100)
a = sys.intern("hello_" + "world"); b = sys.intern("hello_world"); print(a is b, a)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError", e)
old = sys.getrecursionlimit(); sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(old)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("sys" in sys.builtin_module_names, "json" in sys.modules or True, isinstance(sys.argv, list), sys.argv[1:])
print(type(sys.modules).__name__, sys.modules["sys"] is sys, sys.__name__)
try:
    raise ValueError("x")
except ValueError:
    t, val, tb = sys.exc_info()
    print(t.__name__, val, tb is not None)
print(sys.exc_info())
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc") if False else "", file=sys.stdout)
print("to stderr", file=sys.stderr) if False else None
print(callable(sys.exit), sys.platform != "", type(sys.implementation.name).__name__ if hasattr(sys, "implementation") else "str")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
