def low():
    raise KeyError('low-level')
def high():
    try:
        low()
    except KeyError as e:
        raise RuntimeError('high-level') from e
try:
    high()
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(e, '| context:', type(e.__context__).__name__, '| cause:', e.__cause__)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('v') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
