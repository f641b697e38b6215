# Typed, validated attributes with descriptors and __set_name__, a
# registry via __init_subclass__, __getattr__ fallbacks and __slots__.


class Field:
    def __init__(self, kind, *, default=None, check=None):
        self.kind = kind
        self.default = default
        self.check = check

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.check is not None and not self.check(value):
            raise ValueError(f"{self.name}={value!r} failed validation")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name}")


class Model:
    models = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Model.models[cls.__name__.lower()] = cls

    def __init__(self, **kwargs):
        for name in self._fields:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
        if kwargs:
            raise TypeError(f"unknown fields: {', '.join(sorted(kwargs))}")

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"

    def __getattr__(self, name):
        if name.startswith("is_"):
            field = name[3:]
            if field in self._fields:
                return bool(getattr(self, field))
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class Product(Model):
    name = Field(str, default="")
    price = Field((int, float).__class__ and float, default=0.0, check=lambda v: v >= 0)
    stock = Field(int, default=0, check=lambda v: 0 <= v <= 1000)


class User(Model):
    login = Field(str, check=str.isidentifier)
    admin = Field(bool, default=False)


p = Product(name="lamp", price=19.5, stock=3)
print(p, p.is_stock, Product(name="x").is_stock, p.is_name)
print(Product._fields, User._fields, sorted(Model.models), type(Product.__dict__["price"]).__name__)
print(Product.price.name, Product.price.private, Product.stock.default, vars(p))
for action in [lambda: setattr(p, "price", -1.0), lambda: setattr(p, "price", "free"),
               lambda: setattr(p, "stock", 5000), lambda: Product(colour="red"),
               lambda: User(login="not valid"), lambda: delattr(p, "name"), lambda: p.missing,
               lambda: p.is_unknown]:
    try:
        action()
        print("ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
u = Model.models["user"](login="ada", admin=True)
print(u, u.is_admin, User().admin, hasattr(u, "nothing"), getattr(u, "nothing", "dflt"))


class Temperature:
    __slots__ = ("_celsius",)

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        raise AttributeError("can't delete temperature")

    fahrenheit = property(lambda self: self._celsius * 9 / 5 + 32,
                          lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9),
                          doc="degrees F")


t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
t.fahrenheit = 32
print(t.celsius)
for action in [lambda: setattr(t, "celsius", -300), lambda: delattr(t, "celsius"), lambda: setattr(t, "kelvin", 1)]:
    try:
        action()
    except (ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")


class Lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.attr, value)
        return value


class Dataset:
    loads = 0

    @Lazy
    def rows(self):
        Dataset.loads += 1
        return [i * i for i in range(5)]


d = Dataset()
print(d.rows, d.rows, Dataset.loads, "rows" in vars(d), isinstance(Dataset.rows, Lazy))

import functools


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int) -> str:
    return f"int:{value:+d}"


@render.register
def _(value: str) -> str:
    return f"str:{value!r}"


@render.register
def _(value: Model) -> str:
    return f"model:{type(value).__name__}"


print([render(v) for v in (3, "x", 2.5, p, u, None)])
print(render.register.__name__, sorted(k.__name__ for k in render.registry))


def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


print(scale.__annotations__, scale(3))
