for thing in [ValueError, ValueError('inst'), KeyError]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError:', e)
