x = 5
print(1 < x < 10, 1 < x > 10, 1 < x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 != 2, x is not None is not False)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(5))
print(calls)
print(0 < 1 < 2 < 3 < 4 < 5)
print('a' < 'b' < 'c', [1] < [1, 2] < [2])
print(2 in [1, 2] in [[1, 2]])
