class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, -4)
print(p.x, p.y, p.norm1(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(q.dims)
print(type(p).__name__, isinstance(p, Point), type(p) is Point)
print(Point.__name__)
m = p.norm1
print(m())
print(Point.norm1(q))
