def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = accumulator()
print(next(g))
print(g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('echo closing with', received)
e = echo()
e.send(None)
e.send('a')
e.send('b')
e.close()
g2 = accumulator()
try:
    g2.send(1)
except TypeError as ex:
    print('TypeError:', ex)
