# property with getter, setter, deleter and docs
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
print(Temp.celsius.fset is not None, Temp.fahrenheit.fset)

class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)

p = property(doc="just docs")
print(p.__doc__, p.fget)
class Broken:
    x = property()
try:
    Broken().x
except AttributeError as e:
    print(type(e).__name__, e)

class Raises:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback:" + name
print(Raises().bad)
