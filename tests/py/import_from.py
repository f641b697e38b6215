from mod_shapes import Rect, circle_area as ca
from mod_util import total_area, make_squares
sq = make_squares(3)
print(sq, total_area(sq), ca(1))
print(total_area([Rect(1, 2), Rect(3, 4)]))
import sys
print('mod_shapes' in sys.modules, 'mod_util' in sys.modules)
