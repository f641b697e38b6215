def a(n):
    return b(n + 1)
def b(n):
    return c(n * 2)
def c(n):
    values = [1, 2, 3]
    return values[n]
print('start')
print(a(1))
