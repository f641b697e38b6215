# classmethod, staticmethod, __class_getitem__
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def area_of(w, h):
        return w * h
    @classmethod
    def name(cls):
        return cls.__name__

class Square(Shape):
    pass
s = Square.make()
print(type(s).__name__, Square.count, Shape.count)
print(Shape.area_of(3, 4), s.area_of(2, 2), Square.name(), s.name())
cm = Shape.__dict__["make"]
sm = Shape.__dict__["area_of"]
print(type(cm).__name__, type(sm).__name__, sm.__func__(1, 1), cm.__func__.__name__)
print(callable(sm))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[1, 2])

class Generic:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class Spec(Generic):
    pass
print(Spec[str])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
try:
    Shape[int]
except TypeError as e:
    print(type(e).__name__, e)

def free(x):
    return x * 2
class Attach:
    double = staticmethod(free)
    made = classmethod(lambda cls, v: (cls.__name__, v))
print(Attach.double(4), Attach().double(5), Attach.made(1))
