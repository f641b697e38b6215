def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('  except')
        return 'div0'
    else:
        print('  else')
        return r
    finally:
        print('  finally')
print(attempt(2))
print(attempt(0))
def nested():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
