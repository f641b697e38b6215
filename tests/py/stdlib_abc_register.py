# abc: virtual subclasses through register() and __subclasshook__, and how
# isinstance/issubclass answer for them, their subclasses and other ABCs.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Sprite:
    def draw(self):
        return "sprite"


print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
token = abc.get_cache_token()
print(Drawable.register(Sprite) is Sprite, abc.get_cache_token() != token)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), Drawable in Sprite.__mro__)


class BigSprite(Sprite):
    pass


print(issubclass(BigSprite, Drawable), isinstance(BigSprite(), (int, Drawable)))
# A virtual subclass gets none of the ABC's methods.
print(hasattr(Sprite, "register"), "draw" in Drawable.__dict__)


@Drawable.register
class Text:
    pass


print(Text.__name__, isinstance(Text(), Drawable))
# Registering twice, or registering a real subclass, is harmless.
print(Drawable.register(Text) is Text)


class RealChild(Drawable):
    def draw(self):
        return "real"


print(Drawable.register(RealChild) is RealChild)

# Built-in types can be registered too.
Drawable.register(str)
print(isinstance("s", Drawable), isinstance(b"s", Drawable), issubclass(str, Drawable))

# Registering with a sub-ABC makes the class a subclass of the parents too.
class Widget(Drawable):
    pass


class Button:
    pass


Widget.register(Button)
print(issubclass(Button, Widget), issubclass(Button, Drawable), issubclass(Sprite, Widget))

# ABCs registered with ABCs.
class Renderable(ABC):
    pass


Renderable.register(Drawable)
print(issubclass(RealChild, Renderable), issubclass(Sprite, Renderable), issubclass(Button, Renderable),
      isinstance(Text(), Renderable), issubclass(int, Renderable))

try:
    Drawable.register(Renderable)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Drawable.register(Drawable) is Drawable)
try:
    Drawable.register(Sprite())
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Sprite(), Drawable)
except TypeError as e:
    print("TypeError:", e)


# __subclasshook__: structural checks.
class SupportsClose(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is SupportsClose:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Socket(File):
    pass


print(isinstance(File(), SupportsClose), issubclass(Socket, SupportsClose), isinstance(3, SupportsClose))
print(isinstance((x for x in ()), SupportsClose))


# A subclass of a hooked ABC does not inherit the structural check
# (the hook tests `cls is SupportsClose`).
class StrictClose(SupportsClose):
    pass


print(issubclass(File, StrictClose), issubclass(StrictClose, SupportsClose))


# A hook that says False wins over registration and inheritance.
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class NeverChild(Never):
    pass


Never.register(int)
print(issubclass(int, Never), issubclass(NeverChild, Never), isinstance(NeverChild(), Never))


class Odd(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Odd)
except AssertionError as e:
    print("AssertionError:", e)


# isinstance consults both type() and __class__.
class Proxy:
    @property
    def __class__(self):
        return Sprite


p = Proxy()
print(type(p).__name__, p.__class__.__name__, isinstance(p, Drawable), isinstance(p, Sprite))


# A metaclass deriving from ABCMeta keeps the behaviour.
class PluginMeta(ABCMeta):
    plugins = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.plugins.append(name)
        return cls


class PluginBase(metaclass=PluginMeta):
    @abstractmethod
    def run(self):
        ...


class P1(PluginBase):
    def run(self):
        return "p1"


PluginBase.register(File)
print(PluginMeta.plugins, issubclass(File, PluginBase), P1().run(), type(P1).__name__)

# Deep chains of registration and inheritance.
class A(ABC):
    pass


class B(A):
    pass


class C(B):
    pass


class X:
    pass


class Y(X):
    pass


C.register(X)
print([issubclass(Y, k) for k in (A, B, C)], [isinstance(Y(), k) for k in (A, B, C)])
print(isinstance(Y(), (str, A)), issubclass(Y, (int, float)), issubclass(bool, (A, int)))
A._abc_registry_clear()
A._abc_caches_clear()
print(issubclass(Y, A))
