def check(x):
    assert isinstance(x, int), 'expected int, got ' + type(x).__name__
    assert x >= 0, x
    return x * 2
for v in [3, 'a', -4, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print('AssertionError', e.args)
