# abc: abstract methods (plain, property, classmethod, staticmethod and the
# old abstractproperty family), __abstractmethods__ across inheritance, and
# the TypeError for instantiating an abstract class.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s: area %s, perimeter %s" % (type(self).__name__, self.area(), self.perimeter())


print(type(Shape.__abstractmethods__).__name__, sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)


class Partial(Shape):
    def area(self):
        return 0


try:
    Partial()
except TypeError as e:
    print(e)


class Rect(Partial):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


print(Rect(2, 3).describe(), Rect.__abstractmethods__ == frozenset(), isinstance(Rect(1, 1), Shape))
print(Shape.area.__isabstractmethod__, hasattr(Rect.area, "__isabstractmethod__"), Shape.area.__doc__)


# Abstract methods may have an implementation reached through super().
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"


class Child(Base):
    def greet(self):
        return "child + " + super().greet()


print(Child().greet())


class Props(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def build(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper(x):
        ...

    @abstractmethod
    def __len__(self):
        ...


print(sorted(Props.__abstractmethods__))


class Concrete(Props):
    def __init__(self):
        self._name = "c"

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        self._name = v

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2

    def __len__(self):
        return 3


c = Concrete.build()
c.name = "renamed"
print(c.name, Concrete.helper(4), len(c), sorted(Concrete.__abstractmethods__))


# Overriding with a plain attribute also counts as implementing it.
class ByAttr(Props):
    name = "attr"
    build = helper = None
    __len__ = lambda self: 0


print(ByAttr().name, len(ByAttr()))


# A property whose setter alone is abstract is still abstract.
class SetterOnly(ABC):
    def _get(self):
        return 1

    @abstractmethod
    def _set(self, v):
        ...

    value = property(_get, _set)


print(sorted(SetterOnly.__abstractmethods__))


class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def size(self):
        ...

    @abc.abstractclassmethod
    def make(cls):
        return cls

    @abc.abstractstaticmethod
    def tool():
        return "tool"


print(sorted(Old.__abstractmethods__))


class OldImpl(Old):
    size = 10


print(sorted(OldImpl.__abstractmethods__), OldImpl.make(), OldImpl.tool())


class OldDone(OldImpl):
    @classmethod
    def make(cls):
        return "made"

    @staticmethod
    def tool():
        return "done"


print(OldDone().size, OldDone.make(), OldDone.tool())

# One abstract method: singular wording; many: sorted and comma-separated.
One = ABCMeta("One", (), {"only": abstractmethod(lambda self: None), "x": 1})
try:
    One()
except TypeError as e:
    print(e)
Many = ABCMeta("Many", (ABC,), {n: abstractmethod(lambda self: None) for n in ("zeta", "alpha", "mid")})
try:
    Many()
except TypeError as e:
    print(e)


# The abstract set is fixed at class creation; update_abstractmethods
# recomputes it after the class changes.
class Later(ABC):
    @abstractmethod
    def run(self):
        ...


Later.run = lambda self: "running"
try:
    Later()
except TypeError as e:
    print("still abstract:", e)
abc.update_abstractmethods(Later)
print(Later().run(), Later.__abstractmethods__)
Later.stop = abstractmethod(lambda self: None)
print(abc.update_abstractmethods(Later) is Later, sorted(Later.__abstractmethods__))


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))


# Mixing ABCs with other bases, keyword arguments and __init_subclass__.
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        ...


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class Job(Mixin, Plugin, key="job"):
    def run(self):
        return self.hello()


print(Job().run(), Job.key, Plugin.registry, type(Job).__name__)


class WithInit(ABC):
    def __init__(self, a, *, b=2):
        self.args = (a, b)


print(WithInit(1, b=5).args)


# An ABC built on a built-in type whose __new__ is not object's is not
# checked (as in CPython).
class Number(int, ABC):
    @abstractmethod
    def describe(self):
        ...


print(Number(7), sorted(Number.__abstractmethods__))


class CustomNew(ABC):
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.made_by = "CustomNew.__new__"
        return inst

    @abstractmethod
    def f(self):
        ...


class CustomNewDone(CustomNew):
    def f(self):
        return "f"


print(CustomNewDone().f(), CustomNewDone().made_by)
try:
    CustomNew()
except TypeError as e:
    print(e)


class Meta2(ABCMeta):
    def __call__(cls, *args, **kwargs):
        print("Meta2 call", cls.__name__)
        return super().__call__(*args, **kwargs)


class Sub(metaclass=Meta2):
    @abstractmethod
    def g(self):
        ...


try:
    Sub()
except TypeError as e:
    print(e)
print(type(ABC), ABC.__module__, ABCMeta.__module__, ABC.__slots__, abc.ABC is ABC)
