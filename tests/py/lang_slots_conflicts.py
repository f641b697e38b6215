# A __slots__ name may not shadow a name the class body sets (mangled for
# private names): CPython's ValueError.
class P:
    __slots__ = ('__x', 'y')
    def __init__(self): self.__x = 1; self.y = 2
    def get(self): return self.__x
p = P(); print(p.get(), P.__slots__)
for body in ["class C:\n    x = 1\n    __slots__ = ('x',)",
             "class C:\n    'doc'\n    __slots__ = ('__doc__',)",
             "class C:\n    __slots__ = ('__doc__',)\nprint('ok')",
             "class C:\n    _C__x = 1\n    __slots__ = ('__x',)",
             "class C:\n    def f(self): pass\n    __slots__ = ['f', 'g']",
             "class C:\n    __slots__ = ('a', 'a')\nprint('dup ok')",
             ]:
    try:
        exec(body)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
