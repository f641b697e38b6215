def level3():
    raise ValueError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('wrong handler')
def level1():
    try:
        level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as inner:
            print('inner', inner, 'context', repr(inner.__context__))
        print('back in outer handler')
except Exception:
    print('no')
print('done')
