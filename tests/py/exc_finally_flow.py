def f():
    for i in range(5):
        try:
            if i == 2:
                return 'returned at ' + str(i)
        finally:
            print('finally', i)
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(g())
def h():
    x = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                x.append(i)
            finally:
                x.append('f' + str(i))
        except KeyError:
            x.append('k')
    return x
print(h())
def k():
    while True:
        try:
            break
        finally:
            print('finally on break')
    return 'after'
print(k())
