import mod_shapes
def total_area(shapes):
    return sum(s.area() for s in shapes)
def make_squares(n):
    return [mod_shapes.Rect(i, i) for i in range(1, n + 1)]
def fail():
    raise ValueError('raised inside mod_util')
