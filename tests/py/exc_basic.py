try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print('IndexError:', e)
try:
    {}['missing']
except KeyError as e:
    print('KeyError:', e, repr(e))
try:
    int('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    undefined_name_xyz
except NameError as e:
    print('NameError:', e)
try:
    'abc'.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    raise Exception('plain', 2)
except Exception as e:
    print(e.args, str(e), repr(e))
