try:
    import mod_does_not_exist_anywhere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_shapes import NoSuchThing
except ImportError as e:
    print(type(e).__name__)
import mod_util
try:
    mod_util.fail()
except ValueError as e:
    print('ValueError:', e)
