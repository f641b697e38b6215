# class bodies execute top to bottom; they can contain loops, conditionals, try
import sys
class Config:
    print("class body runs at definition")
    debug = "-d" in sys.argv
    for i in range(3):
        locals()["opt%d" % i] = i * i
    del i
    if debug:
        level = "verbose"
    else:
        level = "quiet"
    try:
        missing = undefined_name_xyz
    except NameError:
        missing = "handled"
    names = [n for n in ("a", "b")]
    total = sum(range(4))
    def method(self):
        return self.level
print(Config.level, Config.missing, Config.names, Config.total, Config.opt2, Config().method())
print(hasattr(Config, "i"))
class Counter:
    n = 0
    n += 1
    n *= 5
print(Counter.n)
class WithDoc:
    """Docstring."""
    x = __doc__
print(WithDoc.x, WithDoc.__doc__)
class QualCheck:
    q = __qualname__
    m = __module__
print(QualCheck.q, QualCheck.m)
def factory(base):
    class Made(base):
        origin = base.__name__
    return Made
print(factory(int)(5) + 1, factory(list).origin, factory(dict).__qualname__)
class Early:
    value = 1
    def get(self):
        return Early.value
Early.value = 2
print(Early().get())
class ReturnInBody:
    try:
        x = 1
    finally:
        y = 2
print(ReturnInBody.x, ReturnInBody.y)
