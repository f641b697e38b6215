def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught again:', e)
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print('re-raised saved', repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise TypeError('x') from ValueError('y')
except TypeError as e:
    print(repr(e.__cause__))
