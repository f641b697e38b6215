# 2D geometry with a Vector class, polygons, convex hull, and complex
# numbers for rotation.
import math
import cmath


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __iter__(self):
        yield self.x
        yield self.y

    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def cross(self, o):
        return self.x * o.y - self.y * o.x

    def angle(self):
        return math.atan2(self.y, self.x)

    def rotated(self, theta):
        z = complex(self.x, self.y) * cmath.exp(1j * theta)
        return Vector(round(z.real, 12), round(z.imag, 12))


def polygon_area(pts):
    return abs(sum(a.cross(b) for a, b in zip(pts, pts[1:] + pts[:1]))) / 2


def perimeter(pts):
    return sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1]))


def convex_hull(points):
    pts = sorted(set(points), key=tuple)
    if len(pts) <= 2:
        return pts

    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and (out[-1] - out[-2]).cross(p - out[-2]) <= 0:
                out.pop()
            out.append(p)
        return out

    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


def segment_intersection(p1, p2, p3, p4):
    d1, d2 = p2 - p1, p4 - p3
    denom = d1.cross(d2)
    if denom == 0:
        return None
    t = (p3 - p1).cross(d2) / denom
    u = (p3 - p1).cross(d1) / denom
    if 0 <= t <= 1 and 0 <= u <= 1:
        return p1 + d1 * t
    return None


a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, 2 * a, a / 2, -b, a @ b, abs(a), a.cross(b), bool(Vector()), list(a))
print(f"{math.degrees(a.angle()):.4f}", a.rotated(math.pi / 2), Vector(1, 0).rotated(math.pi / 4))
print(len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}), Vector(1, 2) == Vector(1.0, 2.0))
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)

square = [Vector(0, 0), Vector(4, 0), Vector(4, 4), Vector(0, 4)]
tri = [Vector(0, 0), Vector(5, 0), Vector(0, 12)]
print(polygon_area(square), perimeter(square), polygon_area(tri), perimeter(tri))
cloud = [Vector(x, y) for x, y in [(0, 0), (2, 1), (4, 0), (3, 2), (4, 4), (1, 3), (0, 4), (2, 2), (1, 1), (2, 4)]]
hull = convex_hull(cloud)
print("hull:", [tuple(p) for p in hull], "area", polygon_area(hull))
print(segment_intersection(Vector(0, 0), Vector(4, 4), Vector(0, 4), Vector(4, 0)))
print(segment_intersection(Vector(0, 0), Vector(1, 1), Vector(2, 0), Vector(3, 1)))
print(segment_intersection(Vector(0, 0), Vector(1, 0), Vector(2, 1), Vector(2, -1)))
n = 6
hexagon = [Vector(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]
print(f"hexagon area {polygon_area(hexagon):.10f} expected {3 * math.sqrt(3) / 2:.10f}")
z = complex(3, 4)
print(abs(z), z.conjugate(), cmath.phase(z), cmath.polar(z), cmath.rect(2, math.pi / 2))
print(cmath.sqrt(-4), (1 + 2j) * (3 - 1j), (1 + 1j) ** 8, cmath.exp(1j * math.pi).real)
print(math.dist((0, 0), (3, 4)), math.isclose(0.1 + 0.2, 0.3), round(math.tau, 6), math.copysign(3, -0.0))
print([round(math.sin(math.radians(d)), 4) for d in range(0, 181, 30)])
