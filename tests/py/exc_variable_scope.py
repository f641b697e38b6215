e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__, str(saved)
print(f())
