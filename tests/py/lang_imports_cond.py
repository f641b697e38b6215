# conditional imports, import forms and __name__
try:
    import does_not_exist_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import json as fast_json
except ImportError:
    fast_json = None
print(fast_json.__name__ if fast_json else None)
if True:
    import math
else:
    import nothing_here
print(math.floor(2.5))
def lazy():
    import math as m
    from math import sqrt as root
    return m.pi > 3, root(9)
print(lazy(), "root" in globals())
from math import (
    floor,
    ceil,
)
print(floor(1.5), ceil(1.5))
import sys
print("math" in sys.modules, sys.modules["math"] is math)
print(__name__)
try:
    from . import nothing
except ImportError as e:
    print(type(e).__name__, e)
mod_name = "math"
print(__import__(mod_name).sqrt(4))
import itertools, functools
print(itertools.__name__, functools.__name__)
def uses_star():
    try:
        exec("from math import *", {})
        return "star ok in exec"
    except SyntaxError as e:
        return e.msg
print(uses_star())
try:
    compile("def f():\n    from math import *\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
