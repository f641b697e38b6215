# Dataclass-like record classes written by hand: __init__, __repr__, __eq__,
# ordering, hashing, and a small class factory.

def record(name, fields, frozen=False):
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{name}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{name}() got multiple values for argument {k!r}")
            values[k] = v
        missing = [f for f in fields if f not in values]
        if missing:
            raise TypeError(f"{name}() missing {len(missing)} required argument(s): {', '.join(missing)}")
        for f in fields:
            object.__setattr__(self, f, values[f])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def _astuple(self):
        return tuple(getattr(self, f) for f in fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return _astuple(self) == _astuple(other)

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return _astuple(self) < _astuple(other)

    ns = {
        "__init__": __init__,
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__lt__": __lt__,
        "_fields": tuple(fields),
        "astuple": _astuple,
    }
    if frozen:
        def __setattr__(self, key, value):
            raise AttributeError(f"cannot assign to field {key!r}")

        def __hash__(self):
            return hash(_astuple(self))

        ns["__setattr__"] = __setattr__
        ns["__hash__"] = __hash__
    return type(name, (), ns)


Point = record("Point", ["x", "y"], frozen=True)
Person = record("Person", ["name", "age", "email"])


class Employee(Person):
    def __init__(self, name, age, email, salary):
        super().__init__(name, age, email)
        self.salary = salary

    def __repr__(self):
        return super().__repr__()[:-1] + f", salary={self.salary})"


p = Point(1, 2)
q = Point(y=2, x=1)
print(p, q, p == q, p is q, p != Point(2, 1))
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2), Point(0, 9)]))
print(len({p, q, Point(5, 5)}), hash(p) == hash(q))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)

for args, kwargs in [((), {"name": "a"}), (("a", 1, "e", 4), {}), (("a",), {"name": "b"}),
                     (("a", 2), {"mail": "x"})]:
    try:
        print(Person(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

people = [
    Person("ann", 31, "ann@example.org"),
    Person("bob", 25, "bob@example.org"),
    Employee("cid", 40, "cid@example.org", 5200),
    Person("ann", 29, "ann2@example.org"),
]
for person in sorted(people):
    print(person)
print(people[0] == Person("ann", 31, "ann@example.org"), people[0] == "ann")
print(Person._fields, Point._fields, people[2].astuple())
print(type(p).__name__, type(people[2]).__mro__[1].__name__)
by_name = {}
for person in people:
    by_name.setdefault(person.name, []).append(person.age)
print(by_name)
try:
    hash(people[0])
except TypeError as e:
    print("TypeError:", e)
print(max(people, key=lambda r: r.age).name, min(people, key=lambda r: (r.age, r.name)).name)
