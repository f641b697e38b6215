def step1():
    raise ValueError('step1 failed')
def step2():
    try:
        step1()
    except ValueError as e:
        raise TypeError('step2 failed') from e
def step3():
    try:
        step2()
    except TypeError:
        raise RuntimeError('step3 failed')
step3()
