# Metaclasses in ordinary code: a singleton, a plugin registry, attribute
# validation at class creation, and class-level __call__ counting.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env
        self.values = {}


class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            if "run" not in ns:
                raise TypeError(f"plugin {name} must define run()")
            key = ns.get("key", name.lower())
            if key in mcls.registry:
                raise ValueError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        return cls

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

    def __len__(cls):
        return len(cls.registry)


class Plugin(metaclass=PluginMeta):
    def describe(self):
        return f"{type(self).__name__}: {self.run.__doc__}"


class Upper(Plugin):
    def run(self, text):
        """upper-cases text"""
        return text.upper()


class Reverse(Plugin):
    key = "rev"

    def run(self, text):
        """reverses text"""
        return text[::-1]


class Count(Plugin):
    def run(self, text):
        """counts words"""
        return len(text.split())


c1 = Config("prod")
c2 = Config("ignored")
c1.values["debug"] = False
print(c1 is c2, c2.env, c2.values, type(Config).__name__, isinstance(Config, Singleton))

print(sorted(PluginMeta.registry), len(Plugin), repr(Upper), Upper)
for key in sorted(PluginMeta.registry):
    p = PluginMeta.registry[key]()
    print(f"{key:<6} {p.describe():<26} -> {p.run('hello plugin world')!r}")

try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Upper2(Plugin):
        key = "upper"

        def run(self, text):
            return text
except ValueError as e:
    print("ValueError:", e)
print(sorted(PluginMeta.registry))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)


class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y


pts = [Point(i, i * i) for i in range(5)]
print(Point.instances, pts[-1].y, type(Point) is Counted, Counted.__mro__[1] is type)

Dynamic = type("Dynamic", (object,), {"greet": lambda self: f"hi from {type(self).__name__}", "x": 5})
print(Dynamic().greet(), Dynamic.x, Dynamic.__name__, Dynamic.__bases__)
Sub = type("Sub", (Dynamic,), {})
print(Sub().greet(), issubclass(Sub, Dynamic), [k for k in vars(Dynamic) if not k.startswith("__")])
