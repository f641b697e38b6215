# __init_subclass__ with keyword arguments
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class D1(Base): pass
class D2(D1, x=1): pass

class Mixin:
    def __init_subclass__(cls, **kw):
        cls.mixed = True
        super().__init_subclass__(**kw)
class Counter:
    count = 0
    def __init_subclass__(cls, **kw):
        Counter.count += 1
        super().__init_subclass__(**kw)
class Both(Mixin, Counter): pass
print(Both.mixed, Counter.count)

class Implicit:
    def __init_subclass__(cls):
        cls.is_classmethod = isinstance(cls, type)
class Child(Implicit): pass
print(Child.is_classmethod, "is_classmethod" in Implicit.__dict__)
