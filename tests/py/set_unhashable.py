try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print('TypeError:', e)
try:
    {1, 2} | [3]
except TypeError as e:
    print('TypeError:', e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(sorted({1, 2, 3}.pop() for _ in range(1)) != [])
