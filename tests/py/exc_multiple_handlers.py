def test(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ZeroDivisionError:
        return 'zero'
    except Exception as e:
        return 'other ' + type(e).__name__
    return 'no error'
print(test(lambda: {}[0]))
print(test(lambda: [][0]))
print(test(lambda: 1 // 0))
print(test(lambda: int('x')))
print(test(lambda: 1))
try:
    try:
        raise ValueError('a')
    except TypeError:
        print('not here')
except ValueError:
    print('outer got it')
try:
    raise IndexError('i')
except:
    print('bare except')
