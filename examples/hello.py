"""A small tour of Gilt: classes, generators, f-strings and exceptions."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def first(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


shapes = [Rect(2, 3), Circle(1), Rect(1.5, 4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)

print("fib:", list(first(10, fibonacci())))
print(f"total area: {sum(s.area() for s in shapes):.3f}")
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(f"{squares=}")

try:
    Shape("abstract").area()
except NotImplementedError:
    print("Shape.area is abstract")

try:
    {}["missing"]
except KeyError as e:
    print(f"caught {type(e).__name__}: {e}")
finally:
    print("done")
