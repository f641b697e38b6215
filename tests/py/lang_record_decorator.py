# a dataclass-like class decorator: reads __annotations__, generates methods with exec
def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        params = ", ".join(f"{f}=__d_{f}" if f in defaults else f for f in fields)
        body = "\n".join(f"    object.__setattr__(self, {f!r}, {f})" for f in fields) or "    pass"
        src = f"def __init__(self, {params}):\n{body}\n"
        ns = {f"__d_{f}": v for f, v in defaults.items()}
        exec(src, ns)
        cls.__init__ = ns["__init__"]
        cls.__init__.__qualname__ = f"{cls.__qualname__}.__init__"
        def __repr__(self):
            return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        if frozen:
            def __setattr__(self, k, v):
                raise AttributeError(f"cannot assign to field {k!r}")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in fields))
        else:
            cls.__hash__ = None
        if order:
            def __lt__(self, other):
                return tuple(getattr(self, f) for f in fields) < tuple(getattr(other, f) for f in fields)
            cls.__lt__ = __lt__
        cls.__fields__ = tuple(fields)
        return cls
    return wrap if cls is None else wrap(cls)
@record
class Point:
    x: int
    y: int = 0
@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = "final"
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) != Point(2), Point.__fields__, Point.__init__.__qualname__)
p.y = 5
print(p)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
v = Version(1, 2)
print(v, sorted([Version(2), Version(1, 5), Version(1, 2, "rc")]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
print({Version(1): "one"}[Version(1, 0, "final")])
