# a hand-made record type using __slots__, __eq__, __hash__, __repr__, __iter__
class Record:
    __slots__ = ("name", "age")
    def __init__(self, name, age):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "age", age)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot assign to field '{k}'")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete field '{k}'")
    def __repr__(self):
        return f"Record(name={self.name!r}, age={self.age!r})"
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.age) == (other.name, other.age)
    def __hash__(self):
        return hash((self.name, self.age))
    def __iter__(self):
        yield self.name
        yield self.age
    def __lt__(self, other):
        return tuple(self) < tuple(other)
    def _replace(self, **kw):
        d = {"name": self.name, "age": self.age}
        d.update(kw)
        return Record(**d)
r = Record("ann", 30)
print(r, r == Record("ann", 30), r != Record("bob", 30), r == ("ann", 30))
try:
    r.age = 31
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.name
except AttributeError as e:
    print(type(e).__name__, e)
name, age = r
print(name, age, {r: 1}[Record("ann", 30)], r._replace(age=31))
print(sorted([Record("b", 1), Record("a", 2), Record("a", 1)]))
print(len({Record("x", 1), Record("x", 1)}), dict(zip(("n", "a"), r)))
