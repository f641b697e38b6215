"""Helper module for import_* tests."""
PI_ISH = 3.0
print('mod_shapes loading')
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f'Rect({self.w}, {self.h})'
def circle_area(r):
    return PI_ISH * r * r
_private = 'hidden'
counter = 0
def bump():
    global counter
    counter += 1
    return counter
