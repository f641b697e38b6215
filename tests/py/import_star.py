from mod_shapes import *
print(Rect(2, 5).area(), PI_ISH)
try:
    print(_private)
except NameError as e:
    print('NameError:', e)
