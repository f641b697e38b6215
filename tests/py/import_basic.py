import mod_shapes
print(mod_shapes.PI_ISH, mod_shapes.circle_area(2))
r = mod_shapes.Rect(3, 4)
print(r, r.area())
print(mod_shapes.__name__, type(mod_shapes).__name__)
import mod_shapes
import mod_shapes as ms
print(ms is mod_shapes)
print(ms.bump(), ms.bump(), mod_shapes.counter)
